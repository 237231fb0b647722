/** A path into the parsed file: keys and list indexes, as `doc.getIn` takes them. */
export type FilePath = Array<string | number>;

/**
 * One thing wrong with the organisation file, before it is placed on a line. `at: 'key'` points
 * at the key itself (an unknown key) rather than at its value. `missing` marks something absent
 * (a required key, an HR person): those are reported after the problems with what is written.
 */
export interface FileProblem {
  path: FilePath;
  problem: string;
  at?: 'key' | 'value';
  missing?: boolean;
}

/** `people[3].regime`, `teams[0].permanence[1].byFunction.social-worker`; `(top level)` for the root. */
export function formatPath(path: FilePath): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A value as HR wrote it, for a message: strings quoted, lists and mappings named. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'the empty value';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a block of keys';
}

function joinList(items: readonly unknown[], last: string): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** `a, b or c`. */
export function orList(items: readonly unknown[]): string {
  return joinList(items, 'or');
}

/** `a, b and c`. */
export function andList(items: readonly unknown[]): string {
  return joinList(items, 'and');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The closest candidate to a misspelt word, if one is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(1, Math.floor(lower.length / 3));
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

/** `; did you mean social?` when a candidate is close, else an empty string. */
export function didYouMean(word: unknown, candidates: readonly string[]): string {
  if (typeof word !== 'string') return '';
  const match = closest(word, candidates);
  return match !== undefined && match !== word ? ` (did you mean ${match}?)` : '';
}
