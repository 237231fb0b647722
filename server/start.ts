import { DomainError } from '../core/errors/error-catalogue.js';
import { composeProduct } from './composition-root.js';
import { readConfig } from './config.js';
import { startBanner } from './start-banner.js';

// The process entry point: the only module that reads process.env.
async function start(): Promise<void> {
  const config = readConfig(process.env, process.cwd());
  const product = await composeProduct(config);
  const shutdown = (signal: string) => {
    product.app.log.info({ signal }, 'shutting down');
    product.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await product.app.listen({ port: config.port, host: config.host });
  if (config.logLevel !== 'silent') console.log(startBanner(config));
}

start().catch((error: unknown) => {
  // A bad organisation file or configuration is one line that says what to fix, not a stack trace.
  if (error instanceof DomainError) {
    console.error(`Cannot start: ${error.message} [${error.code}]`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
