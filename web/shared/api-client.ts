/** An API refusal, as problem+json says it: a stable code and a sentence for people. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface ApiAnswer<T> {
  body: T;
  etag: string | undefined;
}

export interface ApiClient {
  get<T>(path: string): Promise<ApiAnswer<T>>;
  send<T>(method: 'POST' | 'DELETE', path: string, body?: unknown, ifMatch?: string): Promise<ApiAnswer<T>>;
  /** A file the API streams (CSV), fetched with the token and handed to the browser to save. */
  download(path: string, filename: string): Promise<void>;
}

/**
 * fetch with the person's token, in the person's language (Teams' or Office's): the API says its
 * refusals in it (problem+json `detail`). A 401 asks the sign-in for a new token once (an expired
 * one), then gives up with the problem, which the page shows as a sign-in prompt.
 */
export function apiClient(token: (renew: boolean) => Promise<string>, language: string): ApiClient {
  const call = async (method: string, path: string, body?: unknown, ifMatch?: string): Promise<Response> => {
    for (const renew of [false, true]) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${await token(renew)}`,
        'accept-language': language,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (ifMatch) headers['if-match'] = ifMatch;
      const response = await fetch(path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      if (response.status === 401 && !renew) continue;
      if (!response.ok) throw await problemOf(response);
      return response;
    }
    throw new ApiProblem(401, 'AUTH_INVALID_TOKEN', 'Sign in again.');
  };
  const answer = async <T>(response: Response): Promise<ApiAnswer<T>> => ({
    body: (response.status === 204 ? undefined : await response.json()) as T,
    etag: response.headers.get('etag') ?? undefined,
  });
  return {
    get: async (path) => answer(await call('GET', path)),
    send: async (method, path, body, ifMatch) => answer(await call(method, path, body, ifMatch)),
    download: async (path, filename) => {
      const blob = await (await call('GET', path)).blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    },
  };
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const problem = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
  return new ApiProblem(
    response.status,
    problem.code ?? `HTTP_${response.status}`,
    problem.detail ?? response.statusText,
  );
}
