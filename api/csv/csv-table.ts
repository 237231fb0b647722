import { line } from './csv-cells.js';

/**
 * One column of a CSV file: its name in the header, what it means (for /docs) and how a row
 * fills its cell. A file is one list of these, so the header, the lines and the documentation
 * cannot disagree on the order or the number of columns.
 */
export interface CsvColumn<Row> {
  column: string;
  doc: string;
  cell: (row: Row) => string;
}

export type CsvTable<Row> = readonly CsvColumn<Row>[];

export function csvHeader<Row>(table: CsvTable<Row>): string {
  return line(table.map(({ column }) => column));
}

export function csvLine<Row>(table: CsvTable<Row>, row: Row): string {
  return line(table.map(({ cell }) => cell(row)));
}

/** The columns as a Markdown list, for the OpenAPI description of the file. */
export function describeColumns<Row>(table: CsvTable<Row>): string {
  return table.map(({ column, doc }) => `- \`${column}\`: ${doc}`).join('\n');
}
