// `node --import ./refuse-dev-dependencies.mjs dist/server/start.js`: the built server as
// `npm ci --omit=dev` leaves it. Any import of a development dependency from the product's own
// code (outside node_modules) fails, as it would where only the production dependencies are
// installed. Plain JavaScript: it runs before anything compiles TypeScript.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const devOnly = Object.keys(packageJson.devDependencies ?? {}).filter(
  (name) => !(name in (packageJson.dependencies ?? {})),
);

const hooks = `
const devOnly = ${JSON.stringify(devOnly)};
export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? '';
  const ours = parent.startsWith('file:') && !parent.includes('/node_modules/');
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (ours && devOnly.includes(name))
    throw new Error(name + ' is a development dependency, imported by ' + parent + ': npm ci --omit=dev leaves it out');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
