import type { Words } from './i18n.js';

/** The half day lists a person's state is read from (issue 13 adds suspended and lent). */
export interface HalfDayLists {
  date: string;
  onSite: string[];
  teleworking: string[];
  pending: string[];
  notWorking: string[];
  /** Absent from a server before issue 13: nobody. */
  suspended?: string[];
  lent?: string[];
}

/** An approved crisis loan to ('in') or from ('out') the team, as GET coverage names it. */
export interface GridLoan {
  personId: string;
  displayName: string;
  teamName: string;
  direction: 'in' | 'out';
  from: string;
  to: string | null;
}

export interface CellState {
  /** The class of the cell (its colour); the symbol and the words say the same without it. */
  kind: 'lent' | 'suspended' | 'off' | 'telework' | 'pending' | 'on-site' | 'lent-in' | 'outside';
  /** What the cell's accessible name says of the state. */
  said: string;
  symbol: string;
  /** Shown in the cell beside the symbol: the crisis states, which the legend alone would not explain. */
  text?: string;
  /** A duty may be assigned here: not to a person who does not work for the team that half day. */
  mayAssign: boolean;
}

const covers = (loan: GridLoan, date: string) => loan.from <= date && (loan.to === null || date <= loan.to);

/** The loan of the person on the date in the given direction, if any. */
export function loanOn(
  loans: ReadonlyArray<GridLoan>,
  personId: string,
  date: string,
  direction: GridLoan['direction'],
): GridLoan | undefined {
  return loans.find(
    (loan) => loan.personId === personId && loan.direction === direction && covers(loan, date),
  );
}

/**
 * A person's half day in the team's grid. A member whose mission the crisis suspends, or who is
 * lent to another team, is neither on site nor absent: said so, and no duty is offered (the API
 * refuses it). Someone in none of the lists (a person lent to the team outside the loan's days,
 * or a duty held outside the team) does not work for the team that half day.
 */
export function cellState(
  halfDay: HalfDayLists,
  personId: string,
  loans: ReadonlyArray<GridLoan>,
  words: Words,
): CellState {
  if (halfDay.lent?.includes(personId)) {
    const loan = loanOn(loans, personId, halfDay.date, 'out');
    const text = loan ? `${words.lentTo} ${loan.teamName}` : words.lent;
    return { kind: 'lent', said: text, symbol: '→', text, mayAssign: false };
  }
  if (halfDay.suspended?.includes(personId))
    return {
      kind: 'suspended',
      said: words.suspendedLong,
      symbol: '‖',
      text: words.suspended,
      mayAssign: false,
    };
  if (halfDay.notWorking.includes(personId))
    return { kind: 'off', said: words.dayOff, symbol: '', mayAssign: true };
  const lentIn = loanOn(loans, personId, halfDay.date, 'in') ? [words.lentIn] : [];
  const said = (state: string) => [state, ...lentIn].join(', ');
  if (halfDay.teleworking.includes(personId))
    return { kind: 'telework', said: said(words.telework), symbol: '⌂', mayAssign: true };
  if (halfDay.pending.includes(personId))
    return { kind: 'pending', said: said(words.pending), symbol: '?', mayAssign: true };
  if (halfDay.onSite.includes(personId))
    return lentIn.length > 0
      ? { kind: 'lent-in', said: said(words.onSite), symbol: '←', mayAssign: true }
      : { kind: 'on-site', said: words.onSite, symbol: '', mayAssign: true };
  return { kind: 'outside', said: words.notInTeam, symbol: '–', mayAssign: false };
}
