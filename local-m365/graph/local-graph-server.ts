import Fastify from 'fastify';
import type { FaultController } from './fault-controller.js';
import type { ContractViolation } from './graph-contract.js';
import type { LocalGraphOptions } from './local-graph-options.js';
import { localGraph } from './local-graph-plugin.js';
import { createLocalGraphRuntime } from './local-graph-runtime.js';

export interface LocalGraphServer {
  /** "http://127.0.0.1:PORT/graph/v1.0" (https when `tls` is given). */
  baseUrl: string;
  faults: FaultController;
  contractViolations(): ContractViolation[];
  /** With `tls: 'self-signed'`: the certificate a client must trust (PEM). */
  caCertificate?: string;
  close(): Promise<void>;
}

export interface LocalGraphServerOptions extends LocalGraphOptions {
  /**
   * Serve HTTPS. @microsoft/microsoft-graph-client adds the bearer token only to https URLs of
   * Graph or of its `customHosts` (and removes it from any other URL), and reads an absolute
   * @odata.nextLink only when it starts with https://. 'self-signed' makes a certificate for
   * 127.0.0.1 and returns it as `caCertificate`.
   */
  tls?: { key: string | Buffer; cert: string | Buffer } | 'self-signed';
}

async function selfSigned(): Promise<{ key: string; cert: string }> {
  // CommonJS: its exports are the default export once bundled (dist/), and also in Node.
  const { generate } = (await import('selfsigned')).default;
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** The local Graph alone on an ephemeral loopback port, for tests and benchmarks. */
export async function startLocalGraphServer(options: LocalGraphServerOptions): Promise<LocalGraphServer> {
  const tls = options.tls === 'self-signed' ? await selfSigned() : options.tls;
  const runtime = await createLocalGraphRuntime(options);
  const app = Fastify({
    logger: false,
    // Keep-alive sockets of the test's fetch must not hold close() back.
    forceCloseConnections: true,
    ...(tls ? { https: { key: tls.key, cert: tls.cert } } : {}),
  });
  try {
    await app.register(localGraph, { ...options, runtime, prefix: '/graph/v1.0' });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      baseUrl: `${address}/graph/v1.0`,
      faults: runtime.faults,
      contractViolations: runtime.contractViolations,
      ...(options.tls === 'self-signed' && tls ? { caCertificate: String(tls.cert) } : {}),
      close: async () => {
        await app.close();
        runtime.close();
      },
    };
  } catch (error) {
    await app.close();
    runtime.close();
    throw error;
  }
}
