import { once } from 'node:events';
import { openStore } from '../../adapters/store/open-store.js';
import { type Asked, declareOne, organisationWith } from './concurrency-organisation.js';

// One server instance on a shared SQLite file, as a child process of two-sqlite-processes.test.ts:
// `node --import tsx declare-in-child-process.ts <file> <requests as JSON>`. It opens the store,
// says "ready", waits for a line on stdin so that both processes start at once, declares every
// request at the same time and prints each outcome and reason as one line of JSON.
const [file, requests] = process.argv.slice(2);
if (!file || !requests)
  throw new Error('usage: declare-in-child-process.ts <sqlite file> <requests as JSON>');
const opened = await openStore({ sqliteFile: file });
const organisation = organisationWith('refuse');
const asked = JSON.parse(requests) as Asked[];
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const declared = await Promise.all(asked.map((request) => declareOne(opened.store, organisation, request)));
process.stdout.write(
  `${JSON.stringify(declared.flat().map((day) => `${day.decision.outcome} ${day.decision.reason}`))}\n`,
);
await opened.close();
process.stdin.destroy();
