// `npm run bench`: every benchmark, one after the other. Each prints its figures and its ratio
// against a baseline measured in the same run; none of them is a test.
import { run as botDeclare } from './bot-declare.js';
import { run as concurrentDeclare } from './concurrent-declare.js';
import { run as graphPermanence, printPermanenceResult } from './graph-permanence.js';
import { run as hrTallies } from './hr-tallies.js';
import { run as permanenceHttp } from './permanence-http.js';
import { run as permanenceRoster, printRosterResult } from './permanence-roster.js';
import { run as serverStart } from './server-start.js';

await serverStart();
await botDeclare();
await concurrentDeclare();
printPermanenceResult(await graphPermanence());
printRosterResult(permanenceRoster());
await permanenceHttp();
await hrTallies();
