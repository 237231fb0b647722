import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage } from './build-app-package.js';
import { loadEnvironment } from './env-file.js';
import { formatIssue } from './package-issue.js';
import { zipAppPackage } from './zip-app-package.js';

export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

const USAGE = `Builds the Microsoft 365 app package (Teams bot and tabs, Outlook add-in).

Usage: npm run package -- [--env NAME] [--process-env] [--env-dir DIR] [--manifest-dir DIR] [--out-dir DIR]

  --env NAME          reads env/.env.NAME, then env/.env.NAME.user if present (default: local)
  --process-env       variables of the process environment override the files (for the Agents
                      Toolkit, which hands fresh provision outputs to its commands that way, and CI)
  --env-dir DIR       folder of the environment files (default: env)
  --manifest-dir DIR  folder of manifest.json, its icons and localization files (default: manifest)
  --out-dir DIR       where appPackage.NAME.zip is written (default: build)

Exits with 1 and one line per problem (file, JSON path, what is wrong) when the package is invalid.`;

/** `npm run package`: returns the exit code; every message goes to `output`. */
export async function packageCommand(
  args: string[],
  output: CommandOutput,
  processEnv: NodeJS.ProcessEnv,
): Promise<number> {
  try {
    return await run(args, output, processEnv);
  } catch (error) {
    output.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function run(args: string[], output: CommandOutput, processEnv: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      env: { type: 'string', default: 'local' },
      'process-env': { type: 'boolean', default: false },
      'env-dir': { type: 'string', default: 'env' },
      'manifest-dir': { type: 'string', default: 'manifest' },
      'out-dir': { type: 'string', default: 'build' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    output.log(USAGE);
    return 0;
  }
  const environment = await loadEnvironment(values['env-dir'], values.env);
  const sources = environment.files.map((file) => relative(process.cwd(), file));
  const fromProcess = values['process-env'] ? definedVariables(processEnv) : {};
  if (values['process-env']) sources.push('the process environment');
  const envLabel = sources.join(' + ');
  const built = await buildAppPackage({
    manifestDir: values['manifest-dir'],
    env: { ...environment.values, ...fromProcess },
    envLabel,
  });
  const zipPath = join(values['out-dir'], `appPackage.${environment.name}.zip`);
  if (built.issues.length > 0) {
    // A stale zip from an earlier run must not be mistaken for this one.
    await rm(zipPath, { force: true });
    output.error(`The app package for "${environment.name}" is not valid (${built.issues.length} problems):`);
    for (const problem of built.issues) output.error(`  ${formatIssue(problem)}`);
    if (built.missingVariables.length > 0) {
      output.error(`Set ${built.missingVariables.join(', ')} in ${envLabel} (see docs/deployment.md).`);
    }
    return 1;
  }
  await mkdir(values['out-dir'], { recursive: true });
  await writeFile(zipPath, await zipAppPackage(built.files));
  output.log(
    `${zipPath}: manifest ${String(built.manifest?.manifestVersion)}, ${[...built.files.keys()].join(', ')}`,
  );
  return 0;
}

function definedVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}
