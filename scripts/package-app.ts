import { packageCommand } from './app-package/package-command.js';

// `npm run package -- --help` for the options; the command itself is in app-package/.
process.exitCode = await packageCommand(process.argv.slice(2), console, process.env);
