import { dayLabel } from '../../web/shared/day-label.js';
import { actionButton, element, type Page, startPage } from '../../web/shared/page-shell.js';
import { type RequestRow, requestItem } from '../../web/shared/request-item.js';

interface WeekDay {
  date: string;
  entries: Array<{ id: string; part: 'full' | 'am' | 'pm'; status: 'accepted' | 'pending' }>;
  off?: { kind: string; name?: string };
  duties: Array<'am' | 'pm'>;
}
interface MyWeek {
  monday: string;
  days: WeekDay[];
  quotas: Array<{ period: string; leftHalves: number; limitHalves: number }>;
}
interface Declaration {
  days: Array<{ date: string; part: string; outcome: string; reason: string; message: string }>;
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The state of one half day: telework (accepted or pending) covers it whole or by its half. */
function halfState(day: WeekDay, half: 'am' | 'pm'): 'accepted' | 'pending' | undefined {
  return day.entries.find((entry) => entry.part === 'full' || entry.part === half)?.status;
}

async function render(page: Page): Promise<void> {
  const { api, words, main } = page;
  const thisWeek = (await api.get<MyWeek>('/api/v1/me/week')).body;
  const nextWeek = (await api.get<MyWeek>(`/api/v1/me/week?weekOf=${addDays(thisWeek.monday, 7)}`)).body;
  const reload = () => render(page).catch(page.showProblem);
  const act = async (method: 'POST' | 'DELETE', date: string, part: 'full' | 'am' | 'pm') => {
    try {
      const answer = await api.send<Declaration>(method, '/api/v1/me/days', { days: [{ date, part }] });
      const outcomes = answer.body?.days ?? [];
      const refused = outcomes.find((day) => day.outcome === 'refuse');
      if (refused) page.showProblem(`${words.refused}: ${refused.message}`);
      else {
        const waiting = outcomes.find((day) => day.outcome === 'needs-approval');
        page.showStatus(waiting ? `${words.pending}: ${waiting.message}` : words.saved);
      }
    } catch (error) {
      page.showProblem(error);
    }
    await reload();
  };

  const weekSection = (title: string, week: MyWeek) => {
    const section = element('section');
    section.append(element('h2', title));
    const grid = element('div', undefined, 'week');
    for (const day of week.days) {
      const card = element('div', undefined, day.off ? 'day off' : 'day');
      card.append(element('h3', dayLabel(page.locale, day.date)));
      if (day.off) {
        card.append(
          element('p', day.off.name ?? (day.off.kind === 'day-off' ? words.dayOff : words.holiday), 'state'),
        );
      } else {
        for (const half of ['am', 'pm'] as const) {
          const state = halfState(day, half);
          const box = element('div', undefined, 'half');
          const name = half === 'am' ? words.am : words.pm;
          const said =
            state === 'accepted' ? words.telework : state === 'pending' ? words.pending : words.onSite;
          box.append(element('span', `${name}: ${said}`, 'state'));
          if (day.duties.includes(half)) box.append(element('span', `★ ${words.onDuty}`, 'state'));
          const label = state ? `${words.cancel} (${name})` : `${words.declare} (${name})`;
          const button = actionButton(label, () => act(state ? 'DELETE' : 'POST', day.date, half));
          button.setAttribute('data-date', day.date);
          button.setAttribute('data-part', half);
          box.append(button);
          card.append(box);
        }
        const whole = day.entries.length > 0;
        const full = actionButton(
          whole ? words.cancel : words.declare,
          () => act(whole ? 'DELETE' : 'POST', day.date, 'full'),
          whole ? 'secondary' : 'primary',
        );
        full.setAttribute('data-date', day.date);
        full.setAttribute('data-part', 'full');
        card.append(full);
      }
      grid.append(card);
    }
    section.append(grid);
    return section;
  };

  const quotas = element('p', undefined, 'quota');
  quotas.textContent = `${words.quotaLeft}: ${
    thisWeek.quotas
      .map((quota) => `${quota.leftHalves / 2} / ${quota.limitHalves / 2} (${quota.period})`)
      .join(', ') || '—'
  }`;
  const duties = [...thisWeek.days, ...nextWeek.days].flatMap((day) =>
    day.duties.map((half) => `${dayLabel(page.locale, day.date)} ${half === 'am' ? words.am : words.pm}`),
  );
  const dutyList = element('ul');
  for (const duty of duties) dutyList.append(element('li', duty));
  main.replaceChildren(
    element('h1', words.myTelework),
    quotas,
    weekSection(words.thisWeek, thisWeek),
    weekSection(words.nextWeek, nextWeek),
    element('h2', words.myDuties),
    duties.length > 0 ? dutyList : element('p', words.noDuties),
    await requestsForMe(page),
  );
  main.removeAttribute('aria-busy');
}

/** Requests waiting for me as a manager of a team (issue 11's API); nothing for anyone else. */
async function requestsForMe(page: Page): Promise<HTMLElement> {
  const { api, words } = page;
  const section = element('section');
  section.append(element('h2', words.requestsForMe));
  try {
    // Issue 11's shapes: GET /teams answers `{ teams }`, GET /teams/{id}/requests `{ requests }`.
    type Team = { teamId: string; members: Array<{ personId: string; displayName: string }> };
    const { teams } = (await api.get<{ teams: Team[] }>('/api/v1/teams')).body;
    const list = element('ul', undefined, 'requests');
    for (const team of teams) {
      const names = new Map(team.members.map((member) => [member.personId, member.displayName]));
      const { requests } = (
        await api.get<{ requests: RequestRow[] }>(`/api/v1/teams/${team.teamId}/requests?status=pending`)
      ).body;
      for (const request of requests)
        list.append(
          requestItem(
            page,
            { ...request, displayName: names.get(request.personId) ?? request.personId },
            () => render(page),
          ),
        );
    }
    section.append(list.childElementCount > 0 ? list : element('p', words.noRequests));
  } catch {
    // A refusal (403, not a manager of it): nothing waits for this person here.
    section.append(element('p', words.noRequests));
  }
  return section;
}

startPage('tab')
  .then((page) => page && render(page).catch(page.showProblem))
  .catch((error: unknown) => {
    (document.getElementById('status') as HTMLElement).textContent = String(error);
  });
