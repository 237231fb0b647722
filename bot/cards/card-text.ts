/**
 * Text for a TextBlock or a Fact: Teams reads those as a subset of markdown, so plain text must
 * be escaped or "**x**" turns bold and "[link](http://evil)" turns into a link. The brand makes
 * the compiler refuse a raw string where the card shows text: the only way in is `plain()`.
 * (Action titles are not markdown: they take raw strings.)
 */
export type CardText = string & { readonly __cardText: true };

/** Markdown's inline specials (emphasis, links, images, code, strikethrough) and HTML. */
const INLINE_SPECIALS = /[\\`*[\]<>~]/g;
/**
 * An underscore inside a word (UNKNOWN_PERSON, jan_peeters) can neither open nor close emphasis
 * in CommonMark: it stays as is, so that no renderer that mishandles escapes shows a backslash.
 */
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** An entity (&amp; &#60;) would be decoded: escaping its & keeps it as typed. */
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;
/**
 * What makes a block at the start of the text: a heading ("# "), a list item ("- ", "+ ",
 * "1. ") or a rule ("---"). Only then: "1.5 days left" is no list and keeps its figure as written.
 */
const BLOCK_START = /^(#{1,6}(?=\s|$)|[-+](?=\s|$)|-(?=[-\s]*$)|\d{1,9}[.)](?=\s|$))/;

/**
 * Plain text as card text: shown exactly as written. Backslash escapes are CommonMark's, which
 * Teams honours; line breaks become spaces, as a TextBlock would otherwise need blank lines.
 */
export function plain(text: string): CardText {
  // Leading spaces are invisible anyway, and four of them would make a code block.
  const oneLine = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/^\s+/, '');
  const escaped = oneLine
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(EMPHASIS_UNDERSCORE, '\\_')
    .replace(ENTITY, '\\&')
    .replace(BLOCK_START, (marker: string) => escapeBlockMarker(marker));
  return escaped as CardText;
}

function escapeBlockMarker(marker: string): string {
  // "\#" is enough for "###": a heading needs its first character to be a #.
  return /^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`;
}

/** User text is cut to a length that fits a card; the cut is marked. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
