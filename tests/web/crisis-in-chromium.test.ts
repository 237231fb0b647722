import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import {
  ARTIFACTS,
  type ChromiumSession,
  seriousViolations,
  startChromiumSession,
} from './chromium-session.js';

// A crisis in the managers' grid, in Chromium against the server in local mode. The demo's
// continuity plan suspends the administrative officers' mission (suspendable, not teleworkable):
// Jonas, of the administration (Els manages it). The reception (Marc) keeps an essential minimum
// and may borrow him. The demo clock: Monday 23 November 2026; the crisis starts on Wednesday
// 2 December, so the week of 30 November has two normal days, then three crisis days.
const SKIP = chromiumMissing('The crisis in Chromium');
const TODAY = '2026-11-23';
const WEEK = { from: '2026-11-30', to: '2026-12-04' };
const CRISIS_FROM = '2026-12-02';
const JONAS = { id: '00000000-0000-4000-8000-000000000013', name: 'Jonas Willems' };
const ELS = 'els.maes@cpas-demo.be';
const MARC = 'marc.dupont@cpas-demo.be';
const SOPHIE_HR = 'sophie.leclercq@cpas-demo.be';

interface HalfDay {
  date: string;
  onSite: string[];
  suspended: string[];
  lent: string[];
}
interface Coverage {
  halfDays: HalfDay[];
  loans: Array<{ personId: string; teamName: string; direction: string }>;
}

let session: ChromiumSession;
let crisisId = '';

async function call(who: string, method: 'GET' | 'POST', url: string, body?: object): Promise<Response> {
  return fetch(`${session.base}/api/v1${url}`, {
    method,
    headers: {
      authorization: `Bearer ${await session.tokenOf(who, 'api')}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}
async function coverageOf(team: string, who: string): Promise<{ body: Coverage; etag: string | null }> {
  const answer = await call(who, 'GET', `/teams/${team}/coverage?from=${WEEK.from}&to=${WEEK.to}`);
  expect(answer.status).toBe(200);
  return { body: (await answer.json()) as Coverage, etag: answer.headers.get('etag') };
}

/** Jonas's row: each half day's cell, in the week's order. */
async function rowOf(page: Page, name: string) {
  const cells = page.getByRole('gridcell');
  await cells.first().waitFor();
  const all = await cells.evaluateAll((nodes) =>
    nodes.map((node) => ({
      label: node.getAttribute('aria-label') ?? '',
      text: node.textContent ?? '',
      readonly: node.getAttribute('aria-readonly'),
      offers: node.getAttribute('aria-description'),
    })),
  );
  return all.filter((cell) => cell.label.startsWith(`${name}, `));
}

/** A screenshot in each theme, each page free of serious axe violations. */
async function inEveryTheme(path: string, artifact: string, ready: (page: Page) => Promise<unknown>) {
  for (const [scheme, theme] of [
    ['light', ''],
    ['dark', ''],
    ['light', '&theme=contrast'],
  ] as const) {
    const page = await session.open(`${path}${theme}`, scheme);
    await ready(page);
    const name = theme ? 'contrast' : scheme;
    await page.screenshot({ path: join(ARTIFACTS, `${artifact}-${name}.png`), fullPage: true });
    expect(await seriousViolations(page), name).toEqual([]);
    await page.close();
  }
}

beforeAll(async () => {
  if (SKIP) return;
  session = await startChromiumSession(TODAY);
  const started = await call(SOPHIE_HR, 'POST', '/crisis', { from: CRISIS_FROM, reason: 'Inondation' });
  expect(started.status).toBe(200);
  crisisId = ((await started.json()) as { id: string }).id;
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe.skipIf(SKIP)('a crisis in the managers’ grid', () => {
  it("shows the administration's manager, in French, that Jonas's mission is suspended on the crisis days, and offers no duty there", async () => {
    const { body, etag } = await coverageOf('administration', ELS);
    const suspended = body.halfDays.map((halfDay) => halfDay.suspended.includes(JONAS.id));
    // The API's own answer: suspended from the crisis's first day on, not before.
    expect(suspended.filter(Boolean).length).toBeGreaterThan(0);
    expect(
      body.halfDays.filter((h) => h.suspended.includes(JONAS.id)).every((h) => h.date >= CRISIS_FROM),
    ).toBe(true);

    const path = `/addin/taskpane.html?as=${ELS}&weekOf=${WEEK.from}&lang=fr`;
    const page = await session.open(path);
    const row = await rowOf(page, JONAS.name);
    expect(row).toHaveLength(body.halfDays.length);
    row.forEach((cell, index) => {
      if (suspended[index]) {
        expect(cell.label, cell.label).toContain('Mission suspendue (crise)');
        expect(cell.text).toContain('Suspendu');
        expect([cell.readonly, cell.offers]).toEqual(['true', null]);
      } else {
        expect(cell.label).not.toContain('suspendu');
        expect(cell.offers).not.toBeNull();
      }
    });
    expect(await page.locator('.legend').textContent()).toContain('‖ Mission suspendue (crise)');
    // A click on a suspended half day asks nothing of the API: the team's version is unchanged.
    await page
      .getByRole('gridcell', { name: /^Jonas Willems, .*Mission suspendue/ })
      .first()
      .click();
    await page.waitForTimeout(300);
    expect((await coverageOf('administration', ELS)).etag).toBe(etag);
    expect(await page.locator('#status.problem').count()).toBe(0);
    await page.close();

    await inEveryTheme(path, 'crisis-taskpane', (shown) => shown.getByRole('gridcell').first().waitFor());
  }, 90_000);

  it('lends Jonas to the reception: his own team says where he is (in German), the reception counts him in its row', async () => {
    const asked = await call(MARC, 'POST', `/crisis/${crisisId}/loans`, {
      personId: JONAS.id,
      teamId: 'reception',
    });
    expect(asked.status).toBe(200);
    const loanId = ((await asked.json()) as { id: string }).id;
    expect((await call(SOPHIE_HR, 'POST', `/crisis/${crisisId}/loans/${loanId}/approve`, {})).status).toBe(
      200,
    );

    const administration = (await coverageOf('administration', ELS)).body;
    const lent = administration.halfDays.map((halfDay) => halfDay.lent.includes(JONAS.id));
    expect(lent.filter(Boolean).length).toBeGreaterThan(0);
    const teamName = administration.loans.find((loan) => loan.personId === JONAS.id)?.teamName;
    expect(teamName).toBeTruthy();
    const own = await session.open(`/addin/taskpane.html?as=${ELS}&weekOf=${WEEK.from}&lang=de`);
    const ownRow = await rowOf(own, JONAS.name);
    ownRow.forEach((cell, index) => {
      if (!lent[index]) return;
      expect(cell.label).toContain(`Ausgeliehen an ${teamName}`);
      expect(cell.text).toContain(`Ausgeliehen an ${teamName}`);
      expect(cell.readonly).toBe('true');
    });
    await own.screenshot({ path: join(ARTIFACTS, 'crisis-taskpane-lent-out-light.png'), fullPage: true });
    expect(await seriousViolations(own)).toEqual([]);
    await own.close();

    // The reception's week, in English: a row for Jonas, lent in, on site on the crisis days.
    const reception = (await coverageOf('reception', MARC)).body;
    const path = `/tab/team?as=${MARC}&weekOf=${WEEK.from}`;
    const page = await session.open(path);
    const row = await rowOf(page, JONAS.name);
    expect(row).toHaveLength(reception.halfDays.length);
    expect(await page.getByRole('rowheader', { name: /Jonas Willems/ }).textContent()).toContain('Lent in');
    row.forEach((cell, index) => {
      const halfDay = reception.halfDays[index] as HalfDay;
      if (halfDay.onSite.includes(JONAS.id)) {
        expect(cell.label).toContain('On site, Lent in');
        expect(cell.offers).toBe('assign duty');
      } else if (halfDay.date < CRISIS_FROM) {
        expect(cell.label).toContain('Not in the team that day');
        expect(cell.readonly).toBe('true');
      }
    });
    // He counts: each half day's header says the reception's people on site, him included.
    const counts = await page.locator('th .count').allTextContents();
    expect(counts.map((count) => count.split('/')[0])).toEqual(
      reception.halfDays.map((halfDay) => String(halfDay.onSite.length)),
    );
    expect(reception.halfDays.some((halfDay) => halfDay.onSite.includes(JONAS.id))).toBe(true);
    // In the crisis the team keeps only its receptionists' minimum (one): the header says 1, not
    // the team-wide 0 it said before.
    const crisisMinimums = counts
      .filter((_, index) => (reception.halfDays[index] as HalfDay).date >= CRISIS_FROM)
      .map((count) => count.split('/')[1]?.split(' ')[0]);
    expect(new Set(crisisMinimums)).toEqual(new Set(['1']));
    expect(await page.locator('.legend').textContent()).toContain('← Lent to this team');
    await page.close();

    await inEveryTheme(path, 'crisis-team-lent-in', (shown) => shown.getByRole('gridcell').first().waitFor());
  }, 120_000);
});
