import type { ContractCheck, ContractViolation, GraphContract } from './graph-contract.js';
import { errorBody } from './graph-error.js';
import { type GraphRequest, type GraphResponse, jsonResponse } from './graph-request.js';

/**
 * 'enforce' mode: every request body received and every JSON answer sent is held to Calendar.yml.
 * A mismatch is recorded and answered 500 ContractViolation naming the JSON path, so that a test
 * fails loudly instead of passing against a Graph that does not exist. A request that breaks the
 * contract is refused before any work is done.
 */
export class ContractEnforcer {
  readonly violations: ContractViolation[] = [];

  constructor(private readonly contract: GraphContract) {}

  private violation(
    direction: ContractViolation['direction'],
    request: GraphRequest,
    template: string,
    check: ContractCheck,
    status?: number,
  ): GraphResponse {
    this.violations.push({
      direction,
      method: request.method,
      pathTemplate: template,
      ...(status === undefined ? {} : { status }),
      issues: check.issues,
    });
    const detail = check.issues.map((issue) => `${issue.jsonPath || '/'} ${issue.message}`).join('; ');
    const what = direction === 'request' ? 'The request body' : `The ${status} answer`;
    return jsonResponse(
      500,
      errorBody(
        'ContractViolation',
        `${what} of ${request.method} ${template} breaks Calendar.yml (${check.checked}): ${detail}`,
        request,
      ),
    );
  }

  checkRequest(request: GraphRequest, template: string): GraphResponse | undefined {
    if (request.method === 'GET' && request.body === undefined) return undefined;
    const check = this.contract.checkRequest(request.method, template, request.body);
    return check.ok ? undefined : this.violation('request', request, template, check);
  }

  /** The answer itself when it keeps the contract, else a 500 ContractViolation in its place. */
  checkResponse(request: GraphRequest, template: string | undefined, response: GraphResponse): GraphResponse {
    const check = template
      ? this.contract.checkResponse(request.method, template, response.status, response.body)
      : response.status >= 400
        ? this.contract.checkSchema('microsoft.graph.ODataErrors.ODataError', response.body)
        : undefined;
    if (!check || check.ok) return response;
    return this.violation('response', request, template ?? request.path, check, response.status);
  }
}
