import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  type ExportDeps,
  exportPayroll,
  exportTimesheet,
  type MonthExport,
} from '../../core/use-cases/export-month-files.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BOM } from '../csv/csv-cells.js';
import { csvHeader, csvLine, describeColumns } from '../csv/csv-table.js';
import { PAYROLL_FILE } from '../csv/payroll-csv.js';
import { TIMESHEET_FILE } from '../csv/timesheet-csv.js';
import { BEARER, PROBLEM_RESPONSES } from '../schemas/common-schemas.js';
import { MonthQuery } from '../schemas/tally-schemas.js';

const csvResponse = (description: string) => ({
  description,
  content: { 'text/csv': { schema: { type: 'string' } } },
});

/** The file as it is read: the header, then one batch of people after the other. */
async function* csvLines<Row>(header: string, rows: MonthExport<Row>, format: (row: Row) => string) {
  yield BOM + header;
  for await (const batch of rows.batches) {
    if (batch.length > 0) yield batch.map(format).join('');
  }
}

function sendCsv(reply: FastifyReply, filename: string, lines: AsyncGenerator<string>) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Readable.from(lines, { objectMode: false }));
}

/** GET /tallies.csv (payroll) and GET /timesheet.csv (time registration), HR only, streamed. */
export function registerMonthFileRoutes(app: FastifyInstance, deps: ExportDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/tallies.csv',
    {
      schema: {
        summary: 'The payroll file: one row per person of the organisation (HR)',
        description:
          'UTF-8 with a byte order mark, `;` between cells, decimal comma, hours as H:MM: what Belgian Excel ' +
          'and LibreOffice open as is. Every person of the organisation has a row, zero days included. ' +
          `Columns, in this order (new ones are only ever added at the end):\n\n${describeColumns(PAYROLL_FILE)}`,
        tags: ['files'],
        security: BEARER,
        querystring: MonthQuery,
        produces: ['text/csv'],
        response: { 200: csvResponse('The payroll file'), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const exported = await exportPayroll(deps, {
        caller: callerOfRequest(request),
        month: request.query.month,
      });
      const lines = csvLines(csvHeader(PAYROLL_FILE), exported, (tally) =>
        csvLine(PAYROLL_FILE, { month: exported.month, status: exported.status, tally }),
      );
      return sendCsv(reply, `telework-payroll-${exported.month}.csv`, lines);
    },
  );

  api.get(
    '/timesheet.csv',
    {
      schema: {
        summary: 'The time-registration file: one row per person per telework day (HR)',
        description:
          'The telework code and the day value (7:36 a full day, 3:48 a half day at full time) for each telework ' +
          'day that counts in the month, then the corrections carried into it. Same CSV dialect as the payroll ' +
          `file. Columns:\n\n${describeColumns(TIMESHEET_FILE)}`,
        tags: ['files'],
        security: BEARER,
        querystring: MonthQuery,
        produces: ['text/csv'],
        response: { 200: csvResponse('The time-registration file'), ...PROBLEM_RESPONSES },
      },
    },
    async (request, reply) => {
      const exported = await exportTimesheet(deps, {
        caller: callerOfRequest(request),
        month: request.query.month,
      });
      const lines = csvLines(csvHeader(TIMESHEET_FILE), exported, (row) => csvLine(TIMESHEET_FILE, row));
      return sendCsv(reply, `telework-timesheet-${exported.month}.csv`, lines);
    },
  );
}
