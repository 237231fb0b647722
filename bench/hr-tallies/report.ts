import type { LoadResult } from './load-worker.js';

/** One measured operation: latencies of its samples and the rows they served. */
export interface Line {
  backend: string;
  what: string;
  month: string;
  samples: number;
  p50: number;
  p99: number;
  rowsPerSecond: number;
}

export interface BackendResult {
  backend: string;
  lines: Line[];
  healthz: LoadResult;
  me: LoadResult;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function summary(backend: string, what: string, month: string, times: number[], rows: number): Line {
  const total = times.reduce((sum, ms) => sum + ms, 0);
  return {
    backend,
    what,
    month,
    samples: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rowsPerSecond: rows / (total / 1000),
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

export function printReport(results: BackendResult[], load: { seconds: number; connections: number }): void {
  const columns = [
    'backend'.padEnd(11),
    'what'.padEnd(30),
    'month'.padEnd(9),
    pad('n', 4),
    pad('p50 ms', 9),
    pad('p99 ms', 9),
    pad('rows/s', 10),
  ];
  console.log(`\n${columns.join('')}`);
  for (const line of results.flatMap((result) => result.lines)) {
    const cells = [
      line.backend.padEnd(11),
      line.what.padEnd(30),
      line.month.padEnd(9),
      pad(line.samples, 4),
      pad(line.p50.toFixed(1), 9),
      pad(line.p99.toFixed(1), 9),
      pad(Math.round(line.rowsPerSecond), 10),
    ];
    console.log(cells.join(''));
  }
  console.log(`\nrequests per second, ${load.connections} keep-alive connections, ${load.seconds} s each:`);
  for (const { backend, healthz, me } of results) {
    const ratio = me.requestsPerSecond / healthz.requestsPerSecond;
    console.log(
      `${backend.padEnd(11)}/healthz ${Math.round(healthz.requestsPerSecond)}, /api/v1/me/tally ` +
        `${Math.round(me.requestsPerSecond)} (failures ${healthz.failed + me.failed}): ratio me/healthz ${ratio.toFixed(2)}`,
    );
  }
}
