import { request } from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * MSAL's HTTP client, trusting one extra certificate authority: the local identity provider's
 * self-signed certificate (MSAL insists on an https authority). Used in local mode only; against
 * Entra ID, MSAL keeps its own client and the system's authorities.
 */
export function pinnedCaNetworkClient(caCertificate: string): INetworkModule {
  const send = <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions, timeout?: number) =>
    new Promise<NetworkResponse<T>>((resolve, reject) => {
      const req = request(url, { method, headers: options?.headers, ca: caCertificate, timeout }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers = Object.fromEntries(
            Object.entries(res.headers).map(([name, value]) => [
              name,
              Array.isArray(value) ? value.join(', ') : String(value),
            ]),
          );
          try {
            resolve({ status: res.statusCode ?? 0, headers, body: (text ? JSON.parse(text) : {}) as T });
          } catch {
            reject(new Error(`identity provider answered ${res.statusCode} with a body that is not JSON`));
          }
        });
      });
      req.on('timeout', () =>
        req.destroy(new Error(`identity provider did not answer within ${timeout} ms`)),
      );
      req.on('error', reject);
      if (options?.body) req.write(options.body);
      req.end();
    });
  return {
    sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
