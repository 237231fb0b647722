import { cellState, type GridLoan, loanOn } from './grid-cell-state.js';
import type { Words } from './i18n.js';

/** Issue 11's GET /teams/{teamId}/coverage, as the add-in and the team tab read it. */
export interface Coverage {
  teamId: string;
  from: string;
  to: string;
  version: string;
  halfDays: CoverageHalfDay[];
  /** The approved crisis loans to or from the team over the period (absent before issue 13). */
  loans?: GridLoan[];
}
/** Issue 11's HalfDayCoverage: `duties` carries the ids DELETE takes, `onDuty` only the people. */
export interface CoverageHalfDay {
  date: string;
  part: 'am' | 'pm';
  dayOff?: { kind: string; name: string };
  minimumOnSite: number;
  byFunction: Record<string, { minimum: number; onSite: number; onDuty: number }>;
  onSite: string[];
  teleworking: string[];
  pending: string[];
  onDuty: string[];
  notWorking: string[];
  /** On crisis days: members whose mission is suspended, members lent to another team. */
  suspended?: string[];
  lent?: string[];
  duties: Array<{ dutyId: string; personId: string }>;
  conflicts: Array<{ code: string; personId?: string; function?: string }>;
}

export interface GridOptions {
  coverage: Coverage;
  people: Array<{ id: string; name: string }>;
  words: Words;
  locale: string;
  /** Absent: read only (a team member who is no manager of it). */
  onToggleDuty?: (halfDay: CoverageHalfDay, personId: string, dutyId: string | undefined) => Promise<void>;
}

/** A symbol with its words: the crisis states are said, not only coloured or pictured. */
function tag(symbol: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'tag';
  const mark = document.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = symbol;
  // A no-break space: the symbol never sits alone on a line when the words wrap.
  span.append(mark, `\u00a0${text}`);
  return span;
}

/**
 * The team's week as a grid, half days across and people down, one component for the Outlook
 * add-in and the Teams team tab. ARIA grid pattern: one cell in the tab order, arrows move,
 * Enter or Space assigns or removes the duty; every cell says who, when, what and whether on duty.
 */
export function coverageGrid(options: GridOptions): HTMLTableElement {
  const { coverage, people, words, locale, onToggleDuty } = options;
  const loans = coverage.loans ?? [];
  const table = document.createElement('table');
  table.className = 'grid';
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', `${words.coverage} ${coverage.from} – ${coverage.to}`);
  // Said to screen readers: a member's grid is to look at, its cells change nothing.
  if (!onToggleDuty) table.setAttribute('aria-readonly', 'true');
  const when = (halfDay: CoverageHalfDay) =>
    `${new Date(`${halfDay.date}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })} ${halfDay.part === 'am' ? words.am : words.pm}`;

  const head = document.createElement('tr');
  head.setAttribute('role', 'row');
  const corner = document.createElement('th');
  corner.textContent = words.people;
  corner.setAttribute('role', 'columnheader');
  head.append(corner);
  for (const halfDay of coverage.halfDays) {
    const th = document.createElement('th');
    th.setAttribute('role', 'columnheader');
    const onSite = halfDay.onSite.length;
    const required = requiredOnSite(halfDay);
    // The day, then the people on site against the minimum on a line of its own: the count is
    // what a manager scans across the week.
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `${onSite}/${required}`;
    th.append(when(halfDay), count);
    th.title = `${words.onSite} ${onSite}, ${words.minimum} ${required}${functionMinimums(halfDay)}`;
    if (halfDay.conflicts.length > 0) {
      th.classList.add('conflict');
      count.textContent += ' ⚠';
      const said = [...new Set(halfDay.conflicts.map((conflict) => conflictText(words, conflict)))];
      th.title += ` — ${words.conflict}: ${said.join('; ')}`;
    }
    head.append(th);
  }
  table.append(head);

  const cells: HTMLTableCellElement[][] = [];
  people.forEach((person, row) => {
    const tr = document.createElement('tr');
    tr.setAttribute('role', 'row');
    const name = document.createElement('th');
    name.setAttribute('role', 'rowheader');
    name.textContent = person.name;
    // Someone lent to the team this week is no member of it: the row says why they are there.
    if (coverage.halfDays.some((halfDay) => loanOn(loans, person.id, halfDay.date, 'in')))
      name.append(' ', tag('←', words.lentIn));
    tr.append(name);
    cells[row] = [];
    coverage.halfDays.forEach((halfDay, column) => {
      const duty = halfDay.duties.find((candidate) => candidate.personId === person.id);
      const conflicts = halfDay.conflicts.filter((conflict) => conflict.personId === person.id);
      const state = cellState(halfDay, person.id, loans, words);
      const td = document.createElement('td');
      td.setAttribute('role', 'gridcell');
      td.tabIndex = row === 0 && column === 0 ? 0 : -1;
      td.className = state.kind;
      if (duty) td.classList.add('duty');
      td.textContent = duty ? '★' : state.text ? '' : state.symbol;
      if (state.text) td.append(tag(state.symbol, state.text));
      if (conflicts.length > 0) td.classList.add('conflict');
      const said = [
        person.name,
        when(halfDay),
        state.said,
        duty ? words.onDuty : '',
        ...conflicts.map((c) => `${words.conflict} ${c.code}`),
      ];
      td.setAttribute('aria-label', said.filter(Boolean).join(', '));
      // A duty is not offered to a suspended or lent person (the API refuses it); one already
      // there (planned before the crisis) can still be removed.
      if (onToggleDuty && !duty && !state.mayAssign) td.setAttribute('aria-readonly', 'true');
      else if (onToggleDuty) {
        td.setAttribute('aria-description', duty ? words.removeDuty : words.assignDuty);
        let busy = false;
        const toggle = async () => {
          if (busy) return;
          busy = true;
          try {
            await onToggleDuty(halfDay, person.id, duty?.dutyId);
          } finally {
            busy = false;
          }
        };
        td.addEventListener('click', toggle);
        td.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            void toggle();
          }
        });
      }
      cells[row]?.push(td);
      tr.append(td);
    });
    table.append(tr);
  });

  table.addEventListener('keydown', (event) => {
    const target = event.target as HTMLTableCellElement;
    const row = cells.findIndex((line) => line.includes(target));
    if (row < 0) return;
    const column = cells[row]?.indexOf(target) ?? 0;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
    };
    const move = moves[event.key];
    if (!move) return;
    const next = cells[row + move[0]]?.[column + move[1]];
    if (!next) return;
    event.preventDefault();
    target.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  });
  return table;
}

/**
 * The fewest people on site the half day needs: the team's minimum, or the functions' minimums
 * together when they ask for more (each person has one function). A crisis may keep only a
 * function's minimum ("4/0" read as if nothing were needed while the reception lacks its one).
 */
function requiredOnSite(halfDay: Pick<CoverageHalfDay, 'minimumOnSite' | 'byFunction'>): number {
  const byFunction = Object.values(halfDay.byFunction).reduce((sum, fn) => sum + fn.minimum, 0);
  return Math.max(halfDay.minimumOnSite, byFunction);
}

/** " (reception 1, social-worker 2)": the functions' own minimums, for the header's tooltip. */
function functionMinimums(halfDay: Pick<CoverageHalfDay, 'byFunction'>): string {
  const kept = Object.entries(halfDay.byFunction).filter(([, fn]) => fn.minimum > 0);
  return kept.length === 0 ? '' : ` (${kept.map(([name, fn]) => `${name} ${fn.minimum}`).join(', ')})`;
}

function conflictText(words: Words, conflict: { code: string; function?: string }): string {
  const text = words.conflicts[conflict.code] ?? conflict.code;
  return conflict.function ? `${text} (${conflict.function})` : text;
}
