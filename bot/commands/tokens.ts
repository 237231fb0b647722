import { fold, LEXICON, type LexEntry, type MeaningKind } from './lexicon.js';

/**
 * A message cut into words, numbers and punctuation. Every token keeps where it stands in the
 * cleaned text (for chrono, which reads from a token to the end) and its text as typed (for the
 * fragment the bot quotes back).
 */
interface Span {
  raw: string;
  start: number;
  end: number;
}

export type Token =
  | (Span & { type: 'word'; key: string; entries: readonly LexEntry[] })
  /** 1 or 2 digits, maybe an ordinal ("3", "3.", "1er", "3rd", "3de"), or a year ("2026"). */
  | (Span & { type: 'number'; value: number; digits: number })
  /** "3/12", "3.12.", "3-12-2026", "2026-12-03": read day first, never checked here. */
  | (Span & { type: 'date'; day: number; month: number; year?: number; separator: string })
  /** Digits no date reads: "14h", "12:30", "3//12". */
  | (Span & { type: 'unreadable' })
  | (Span & { type: 'punct'; char: string });

export interface CleanMessage {
  text: string;
  /** The message named the bot (<at>Telework</at>). */
  mentioned: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Teams sends HTML: the mention of the bot as <at>Telework</at>, bold as <b>, and entities.
 * Mentions, tags, script and style blocks go; markdown marks, emoji and any other sign become
 * spaces. Every expression here is linear (or quadratic at worst on 500 characters).
 */
export function cleanMessage(text: string): CleanMessage {
  let mentioned = false;
  let s = text.replace(/<at\b[^>]*>[^<]*<\/at\s*>/gi, () => {
    mentioned = true;
    return ' ';
  });
  s = s.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  s = s.replace(/<[^<>]*>/g, ' ');
  s = decodeEntities(s)
    .normalize('NFKC')
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[^\p{L}0-9\s'/\-.,?&+:;!]/gu, ' ');
  return { text: s, mentioned };
}

const TOKEN =
  /(?<number>[0-9](?:[0-9./:-]*[0-9])?\.?)(?<suffix>\p{L}+)?|(?<tm>t\/m)(?!\p{L})|(?<abbr>\p{L}{1,2}(?:\.\p{L}{1,2})+\.?)(?!\p{L})|(?<word>\p{L}+(?:['-]\p{L}+)*\.?)|(?<punct>[,&+/\-?;:!.])/gu;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})\.?$/;
const DAY_FIRST_DATE = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?\.?$/;
const DAY = /^(\d{1,2})(\.?)$/;
const YEAR = /^\d{4}$/;
/** 1st 2nd 3rd 4th, 1er 1re 3e 3ème 3me, 3de 1ste 8ste 3te. */
const ORDINAL_SUFFIX = /^(st|nd|rd|th|er|re|ere|e|eme|me|de|ste|te)$/;

function numberToken(core: string, span: Span): Token | undefined {
  const iso = ISO_DATE.exec(core);
  if (iso) {
    return {
      ...span,
      type: 'date',
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      separator: '-',
    };
  }
  const dayFirst = DAY_FIRST_DATE.exec(core);
  if (dayFirst) {
    const year = dayFirst[4];
    return {
      ...span,
      type: 'date',
      day: Number(dayFirst[1]),
      month: Number(dayFirst[3]),
      ...(year === undefined ? {} : { year: year.length === 2 ? 2000 + Number(year) : Number(year) }),
      separator: dayFirst[2] as string,
    };
  }
  const day = DAY.exec(core);
  if (day) return { ...span, type: 'number', value: Number(day[1]), digits: (day[1] as string).length };
  if (YEAR.test(core)) return { ...span, type: 'number', value: Number(core), digits: 4 };
  return undefined;
}

/** Digits, then maybe letters glued to them: "3", "3/12", "1er", "3déc", "14h". */
function digitTokens(core: string, suffix: string | undefined, start: number): Token[] {
  const end = start + core.length + (suffix?.length ?? 0);
  const raw = core + (suffix ?? '');
  if (suffix !== undefined) {
    const folded = fold(suffix);
    const number = numberToken(core, { raw, start, end });
    if (number?.type === 'number' && number.digits <= 2 && ORDINAL_SUFFIX.test(folded)) return [number];
    const entries = LEXICON.lookup(folded);
    if (number !== undefined && entries.length > 0) {
      // "3déc", "3dec": a day glued to its month.
      const split = start + core.length;
      return [
        { ...number, raw: core, end: split },
        { type: 'word', raw: suffix, key: folded, entries, start: split, end },
      ];
    }
    return [{ type: 'unreadable', raw, start, end }];
  }
  const whole = numberToken(core, { raw, start, end });
  if (whole) return [whole];
  // "3/12-5/12": two dates and a dash.
  const dash = core.indexOf('-');
  if (dash > 0 && core.indexOf('-', dash + 1) === -1) {
    const left = numberToken(core.slice(0, dash), { raw: core.slice(0, dash), start, end: start + dash });
    const right = numberToken(core.slice(dash + 1), {
      raw: core.slice(dash + 1),
      start: start + dash + 1,
      end,
    });
    if (left?.type === 'date' && right?.type === 'date') {
      return [
        left,
        { type: 'punct', char: '-', raw: '-', start: start + dash, end: start + dash + 1 },
        right,
      ];
    }
  }
  return [{ type: 'unreadable', raw, start, end }];
}

function wordToken(raw: string, start: number): Token {
  const key = fold(raw);
  return { type: 'word', raw, key, entries: LEXICON.lookup(key), start, end: start + raw.length };
}

const has = (entries: readonly LexEntry[], kinds: readonly MeaningKind[]) =>
  entries.some((e) => kinds.includes(e.meaning.kind));

/**
 * A word the lexicon does not know is cut where people glue words: at apostrophes ("l'aprem"),
 * at hyphens ("lundi-mercredi"), and between a day and its half ("vrijdagvoormiddag",
 * "Freitagnachmittag", "morgenochtend").
 */
function wordTokens(raw: string, start: number): Token[] {
  const whole = wordToken(raw, start);
  if (whole.type !== 'word' || whole.entries.length > 0) return [whole];
  for (const separator of ["'", '-']) {
    if (!raw.includes(separator)) continue;
    const tokens: Token[] = [];
    let offset = 0;
    for (const part of raw.split(separator)) {
      if (offset > 0 && separator === '-') {
        tokens.push({ type: 'punct', char: '-', raw: '-', start: start + offset - 1, end: start + offset });
      }
      tokens.push(...wordTokens(part, start + offset));
      offset += part.length + 1;
    }
    return tokens;
  }
  for (let cut = 2; cut <= raw.length - 2; cut++) {
    const head = wordToken(raw.slice(0, cut), start);
    const tail = wordToken(raw.slice(cut), start + cut);
    if (
      head.type === 'word' &&
      tail.type === 'word' &&
      has(head.entries, ['weekday', 'relative']) &&
      has(tail.entries, ['part'])
    ) {
      return [head, tail];
    }
  }
  return [whole];
}

/** Joins neighbouring words that the lexicon knows as one phrase, longest first. */
function joinPhrases(tokens: Token[], text: string): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken = false;
    for (let n = Math.min(LEXICON.longestPhrase, tokens.length - i); n >= 2 && !taken; n--) {
      const run = tokens.slice(i, i + n);
      if (!run.every((t) => t.type === 'word')) continue;
      const key = run.map((t) => (t.type === 'word' ? t.key : '')).join(' ');
      const entries = LEXICON.lookup(key);
      if (entries.length === 0) continue;
      const first = run[0] as Token;
      const last = run[n - 1] as Token;
      joined.push({
        type: 'word',
        key,
        entries,
        raw: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
      });
      i += n;
      taken = true;
    }
    if (!taken) {
      joined.push(tokens[i] as Token);
      i++;
    }
  }
  return joined;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    const start = match.index;
    if (groups.number !== undefined) tokens.push(...digitTokens(groups.number, groups.suffix, start));
    else if (groups.tm !== undefined) tokens.push(wordToken(groups.tm, start));
    else if (groups.abbr !== undefined) tokens.push(wordToken(groups.abbr, start));
    else if (groups.word !== undefined) tokens.push(...wordTokens(groups.word, start));
    else if (groups.punct !== undefined) {
      tokens.push({ type: 'punct', char: groups.punct, raw: groups.punct, start, end: start + 1 });
    }
  }
  return joinPhrases(tokens, text);
}

/** The token is a word one of whose meanings is of this kind. */
export function is(token: Token | undefined, kind: MeaningKind): boolean {
  return token?.type === 'word' && token.entries.some((e) => e.meaning.kind === kind);
}

export function isPunct(token: Token | undefined, chars: string): boolean {
  return token?.type === 'punct' && chars.includes(token.char);
}

export function isDayNumber(token: Token | undefined): boolean {
  return token?.type === 'number' && token.digits <= 2;
}

export function entriesOf(token: Token | undefined): readonly LexEntry[] {
  return token?.type === 'word' ? token.entries : [];
}
