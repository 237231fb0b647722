import { type Coverage, coverageGrid } from './coverage-grid.js';
import { actionButton, element, type Page, startPage } from './page-shell.js';
import { type RequestRow, requestItem } from './request-item.js';

/** A VisibleTeam (GET /me/teams answers `{ teams }`): the caller's own teams and those they plan. */
interface Team {
  teamId: string;
  name: string;
  managers: string[];
  members: Array<{ personId: string; displayName: string; function: string }>;
  /** The caller may change its planning; else the week is shown read only. */
  mayPlan: boolean;
}
/** Issue 11's RosterProposal: nothing written yet; its ETag is the version it was made against. */
interface Proposal {
  version: string;
  duties: Array<{ date: string; part: 'am' | 'pm'; personId: string }>;
  uncovered: Array<{ date: string; part: 'am' | 'pm'; code: string; function?: string; missing: number }>;
}

export function mondayOf(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
/**
 * This week's Monday by the server's clock (GET /me/week), so a demo pinned with LOCAL_TODAY opens
 * on its own week; the browser's date when the caller has no week of their own.
 */
export async function serversMonday(page: Pick<Page, 'api'>): Promise<string> {
  return page.api
    .get<{ monday: string }>('/api/v1/me/week')
    .then((answer) => answer.body.monday)
    .catch(() => mondayOf(new Date()));
}
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * The team's week (issue 11's permanence API): the grid, previous / next week, a team picker, a
 * roster proposal previewed before it is applied, the pending requests. Shared by the Outlook
 * task pane and the Teams team tab. Only a team the caller plans can be changed: a member sees
 * the grid read only, without the roster or the requests (which the API refuses them).
 */
export async function renderTeamPlanner(page: Page, state: { teamId?: string; monday: string }) {
  const { api, words, main } = page;
  const { teams } = (await api.get<{ teams: Team[] }>('/api/v1/me/teams')).body;
  if (teams.length === 0) {
    main.replaceChildren(element('p', words.noTeams));
    return;
  }
  const team = teams.find((candidate) => candidate.teamId === state.teamId) ?? (teams[0] as Team);
  const editable = team.mayPlan;
  const friday = addDays(state.monday, 4);
  const { body: coverage, etag } = await api.get<Coverage>(
    `/api/v1/teams/${team.teamId}/coverage?from=${state.monday}&to=${friday}`,
  );
  const version = etag ?? `"${coverage.version}"`;
  const again = (changes: Partial<typeof state> = {}) =>
    renderTeamPlanner(page, { ...state, teamId: team.teamId, ...changes }).catch(page.showProblem);
  const names = new Map([
    ...team.members.map((member) => [member.personId, member.displayName] as const),
    ...(coverage.loans ?? []).map((loan) => [loan.personId, loan.displayName] as const),
  ]);
  // The members in the team's order, then anyone else the coverage names: a person lent to the
  // team in a crisis (counted on its site), a duty held outside the team (DUTY_OUTSIDE_TEAM).
  const ids = new Set([
    ...team.members.map((member) => member.personId),
    ...coverage.halfDays.flatMap((halfDay) => [
      ...halfDay.onSite,
      ...halfDay.teleworking,
      ...halfDay.pending,
      ...halfDay.duties.map((duty) => duty.personId),
    ]),
  ]);
  const people = [...ids].map((id) => ({ id, name: names.get(id) ?? id }));

  const grid = coverageGrid({
    coverage,
    people,
    words,
    locale: page.locale,
    ...(editable
      ? {
          onToggleDuty: async (halfDay, personId, dutyId) => {
            try {
              if (dutyId)
                await api.send('DELETE', `/api/v1/teams/${team.teamId}/duties/${dutyId}`, undefined, version);
              else
                await api.send(
                  'POST',
                  `/api/v1/teams/${team.teamId}/duties`,
                  { date: halfDay.date, part: halfDay.part, personId },
                  version,
                );
              page.showStatus(words.saved);
            } catch (error) {
              // 412: the week changed underneath; the reload below shows the current one.
              page.showProblem(error);
            }
            await again();
          },
        }
      : {}),
  });

  const picker = element('select');
  picker.setAttribute('aria-label', words.team);
  for (const candidate of teams) {
    const option = element('option', candidate.name);
    option.value = candidate.teamId;
    option.selected = candidate.teamId === team.teamId;
    picker.append(option);
  }
  picker.addEventListener('change', () => again({ teamId: picker.value }));
  const toolbar = element('div', undefined, 'toolbar');
  toolbar.append(
    picker,
    actionButton(words.previousWeek, () => again({ monday: addDays(state.monday, -7) })),
    actionButton(words.nextWeekButton, () => again({ monday: addDays(state.monday, 7) })),
  );
  const preview = element('section');
  if (editable) {
    toolbar.append(
      actionButton(
        words.proposeRoster,
        async () => {
          try {
            const { body, etag: proposedOn } = await api.send<Proposal>(
              'POST',
              `/api/v1/teams/${team.teamId}/roster-proposal`,
              { from: state.monday, to: friday },
            );
            const list = element('ul');
            const half = (part: 'am' | 'pm') => (part === 'am' ? words.am : words.pm);
            for (const duty of body.duties)
              list.append(
                element(
                  'li',
                  `${duty.date} ${half(duty.part)}: ${names.get(duty.personId) ?? duty.personId}`,
                ),
              );
            for (const gap of body.uncovered)
              list.append(
                element(
                  'li',
                  `${words.uncovered}: ${gap.date} ${half(gap.part)} (${gap.code}${gap.function ? `, ${gap.function}` : ''})`,
                ),
              );
            const apply = actionButton(
              words.applyRoster,
              async () => {
                try {
                  await api.send(
                    'POST',
                    `/api/v1/teams/${team.teamId}/roster`,
                    { from: state.monday, to: friday, duties: body.duties },
                    // Applied against the version the preview was made on: a change since is a 412.
                    proposedOn ?? `"${body.version}"`,
                  );
                  page.showStatus(words.saved);
                } catch (error) {
                  page.showProblem(error);
                }
                await again();
              },
              'primary',
            );
            preview.replaceChildren(element('h2', words.proposeRoster), list, apply);
          } catch (error) {
            page.showProblem(error);
          }
        },
        'primary',
      ),
    );
  }
  const requests = element('section');
  requests.append(element('h2', words.requestsForMe));
  if (editable) {
    const pending = (
      await api.get<{ teamId: string; requests: RequestRow[] }>(
        `/api/v1/teams/${team.teamId}/requests?status=pending`,
      )
    ).body.requests;
    const list = element('ul', undefined, 'requests');
    for (const request of pending)
      list.append(
        requestItem(page, { ...request, displayName: names.get(request.personId) ?? request.personId }, () =>
          again(),
        ),
      );
    requests.append(pending.length > 0 ? list : element('p', words.noRequests));
  }
  // The crisis marks join the legend in a week that has them.
  const crisis = (key: 'suspended' | 'lent') => coverage.halfDays.some((h) => (h[key] ?? []).length > 0);
  const lentIn = (coverage.loans ?? []).some((loan) => loan.direction === 'in');
  const legend = element(
    'p',
    [
      `★ ${words.onDuty}`,
      `⌂ ${words.telework}`,
      `? ${words.pending}`,
      ...(crisis('suspended') ? [`‖ ${words.suspendedLong}`] : []),
      ...(crisis('lent') ? [`→ ${words.lentTo} …`] : []),
      ...(lentIn ? [`← ${words.lentInLong}`] : []),
      ...(people.length > team.members.length ? [`– ${words.notInTeam}`] : []),
      `⚠ ${words.conflict}`,
      `n/m: ${words.onSite} / ${words.minimum}`,
    ].join(' · '),
    'legend',
  );
  main.replaceChildren(
    element('h1', `${words.coverage} — ${team.name}`),
    ...(editable ? [] : [element('p', words.readOnlyWeek, 'read-only')]),
    toolbar,
    scrollable(grid),
    legend,
    preview,
    ...(editable ? [requests] : []),
  );
  main.removeAttribute('aria-busy');
}

/**
 * The team's week as its own page, in the Outlook task pane ('addin') or the Teams team tab
 * ('tab'): `?teamId=` picks the team, `?weekOf=` the week (the server's week by default). Its
 * members see it; those who plan it (GET /me/teams' mayPlan, which the API enforces) change it.
 */
export function openTeamPlannerPage(kind: 'tab' | 'addin'): void {
  startPage(kind)
    .then(async (page) => {
      if (!page) return;
      const query = new URLSearchParams(location.search);
      const teamId = query.get('teamId') ?? undefined;
      return renderTeamPlanner(page, {
        ...(teamId ? { teamId } : {}),
        monday: query.get('weekOf') ?? (await serversMonday(page)),
      }).catch(page.showProblem);
    })
    .catch((error: unknown) => {
      (document.getElementById('status') as HTMLElement).textContent = String(error);
    });
}

/**
 * The grid in a box that scrolls sideways: Outlook's task pane is 320 to 450 pixels wide and the
 * week has ten half days. The people's names stay in view (pages.css: sticky row headers).
 */
function scrollable(grid: HTMLTableElement): HTMLDivElement {
  const box = element('div', undefined, 'grid-scroll');
  box.append(grid);
  return box;
}
