// Cells of the CSV files, as Belgian Excel and LibreOffice read them: `;` between cells, a decimal
// comma, hours as H:MM. Text is quoted when it must be, and text that a spreadsheet would run as
// a formula (=, +, -, @ first) is kept as text with a leading apostrophe (OWASP "CSV injection").

export const SEPARATOR = ';';
export const LINE_END = '\r\n';
/** Excel takes a file without it for Windows-1252 and mangles é, è, ü. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell. */
export function text(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Integer cents as euros with a decimal comma: 1350 → 13,50; -3000 → -30,00. */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** Minutes as hours and minutes: 456 → 7:36; 2508 → 41:48; -456 → -7:36. */
export function hours(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** A number with a decimal comma: 5.5 → 5,5; 3 → 3. */
export function decimal(value: number): string {
  return String(value).replace('.', ',');
}

export function line(cells: readonly string[]): string {
  return cells.join(SEPARATOR) + LINE_END;
}
