import { dayLabel } from './day-label.js';
import { actionButton, element, type Page } from './page-shell.js';

/** A request waiting for a manager: issue 11's PendingRequest, with the person's name added. */
export interface RequestRow {
  entryId: string;
  personId: string;
  displayName?: string;
  date: string;
  part: 'full' | 'am' | 'pm';
  kind: 'structural' | 'occasional';
  reason: string;
}

export function requestItem(page: Page, request: RequestRow, after: () => Promise<void>): HTMLElement {
  const { api, words } = page;
  const part = request.part === 'am' ? ` ${words.am}` : request.part === 'pm' ? ` ${words.pm}` : '';
  const item = element(
    'li',
    `${request.displayName ?? request.personId}: ${dayLabel(page.locale, request.date)}${part} `,
  );
  const reason = element('input');
  reason.setAttribute('aria-label', words.reason);
  reason.placeholder = words.reason;
  const decide = (decision: 'approve' | 'reject') => async () => {
    try {
      await api.send('POST', `/api/v1/requests/${request.entryId}/decision`, {
        decision,
        ...(reason.value ? { reason: reason.value } : {}),
      });
      page.showStatus(words.saved);
    } catch (error) {
      page.showProblem(error);
    }
    await after();
  };
  item.append(
    reason,
    actionButton(words.approve, decide('approve'), 'primary'),
    actionButton(words.reject, decide('reject')),
  );
  return item;
}
