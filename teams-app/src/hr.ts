import { actionButton, element, type Page, startPage } from '../../web/shared/page-shell.js';

interface PersonTally {
  teams: string[];
  teleworkDays: number;
  regime: { fraction: number };
  allowance: { cents: number };
}
interface TallyPage {
  month: string;
  status: string;
  total: number;
  items: PersonTally[];
}
interface TeamMonth {
  team: string;
  people: number;
  teleworkDays: number;
  workingDays: number;
  cents: number;
}

const PAGE_SIZE = 200;

/** Working days of the month (Monday to Friday), before holidays: the denominator of the share. */
function weekdaysOf(month: string): number {
  const [year, index] = month.split('-').map(Number) as [number, number];
  let count = 0;
  for (
    let day = new Date(Date.UTC(year, index - 1, 1));
    day.getUTCMonth() === index - 1;
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    if (day.getUTCDay() % 6 !== 0) count += 1;
  }
  return count;
}

async function monthTallies(page: Page, month: string): Promise<{ status: string; items: PersonTally[] }> {
  const items: PersonTally[] = [];
  let status = 'open';
  for (let number = 1; ; number += 1) {
    const { body } = await page.api.get<TallyPage>(
      `/api/v1/tallies?month=${month}&page=${number}&pageSize=${PAGE_SIZE}`,
    );
    items.push(...body.items);
    status = body.status;
    if (items.length >= body.total || body.items.length === 0) return { status, items };
  }
}

/** The teams' names by id: HR sees every team (GET /me/teams); a team missing there keeps its id. */
async function teamNames(page: Page): Promise<Map<string, string>> {
  const { body } = await page.api.get<{ teams: Array<{ teamId: string; name: string }> }>('/api/v1/me/teams');
  return new Map(body.teams.map((team) => [team.teamId, team.name]));
}

function perTeam(month: string, items: PersonTally[], names: Map<string, string>): TeamMonth[] {
  const teams = new Map<string, TeamMonth>();
  const weekdays = weekdaysOf(month);
  for (const person of items) {
    for (const teamId of person.teams) {
      const team = names.get(teamId) ?? teamId;
      const row = teams.get(team) ?? { team, people: 0, teleworkDays: 0, workingDays: 0, cents: 0 };
      row.people += 1;
      row.teleworkDays += person.teleworkDays;
      row.workingDays += weekdays * person.regime.fraction;
      row.cents += person.allowance.cents;
      teams.set(team, row);
    }
  }
  return [...teams.values()];
}

function chart(rows: TeamMonth[], title: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  // Each team's name on a line of its own above its bar: bilingual names
  // ("Administration et RH / Administratie en HR") are too long for a column beside the bars.
  const width = 560;
  const bar = 20;
  const block = bar + 28;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(rows.length * block + 8));
  const most = Math.max(1, ...rows.map((row) => row.teleworkDays));
  const length = (days: number) => ((width - 60) * days) / most;
  rows.forEach((row, index) => {
    const y = 8 + index * block;
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + 12));
    label.textContent = row.team;
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('x', '0');
    rect.setAttribute('y', String(y + 18));
    rect.setAttribute('height', String(bar));
    rect.setAttribute('width', String(Math.max(2, length(row.teleworkDays))));
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', String(6 + length(row.teleworkDays)));
    value.setAttribute('y', String(y + 18 + 15));
    value.textContent = String(row.teleworkDays);
    svg.append(label, rect, value);
  });
  return svg;
}

async function render(page: Page, month: string): Promise<void> {
  const { words, main, api, locale } = page;
  const [{ status, items }, names] = await Promise.all([monthTallies(page, month), teamNames(page)]);
  const rows = perTeam(month, items, names);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const table = element('table');
  const head = element('tr');
  for (const title of [words.team, words.people, words.teleworkDays, words.share, words.allowance]) {
    const th = element('th', title);
    th.scope = 'col';
    head.append(th);
  }
  table.append(head);
  for (const row of rows) {
    const tr = element('tr');
    const th = element('th', row.team);
    th.scope = 'row';
    tr.append(
      th,
      element('td', String(row.people), 'number'),
      element('td', String(row.teleworkDays), 'number'),
      element('td', percent.format(row.workingDays ? row.teleworkDays / row.workingDays : 0), 'number'),
      element('td', money.format(row.cents / 100), 'number'),
    );
    table.append(tr);
  }
  const picker = element('input');
  picker.type = 'month';
  picker.value = month;
  picker.setAttribute('aria-label', words.month);
  picker.addEventListener('change', () => render(page, picker.value).catch(page.showProblem));
  const close = actionButton(status === 'closed' ? words.monthClosed : words.closeMonth, async () => {
    try {
      await api.send('POST', `/api/v1/months/${month}/close`);
      await render(page, month);
    } catch (error) {
      page.showProblem(error);
    }
  });
  if (status === 'closed') close.setAttribute('disabled', '');
  const toolbar = element('div', undefined, 'toolbar');
  toolbar.append(
    picker,
    actionButton(words.payrollFile, () =>
      api.download(`/api/v1/tallies.csv?month=${month}`, `tallies-${month}.csv`),
    ),
    actionButton(words.timesheetFile, () =>
      api.download(`/api/v1/timesheet.csv?month=${month}`, `timesheet-${month}.csv`),
    ),
    close,
  );
  main.replaceChildren(
    element('h1', `${words.hrMonth} — ${month}`),
    toolbar,
    chart(rows, `${words.teleworkDays} — ${month}`),
    table,
  );
  main.removeAttribute('aria-busy');
}

startPage('tab')
  .then((page) => {
    if (!page) return;
    const month = new URLSearchParams(location.search).get('month') ?? new Date().toISOString().slice(0, 7);
    return render(page, month).catch(page.showProblem);
  })
  .catch((error: unknown) => {
    (document.getElementById('status') as HTMLElement).textContent = String(error);
  });
