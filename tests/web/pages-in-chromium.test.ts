import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '../../server/composition-root.js';
import { chromiumMissing } from '../support/chromium.js';
import {
  ARTIFACTS,
  type ChromiumSession,
  seriousViolations,
  startChromiumSession,
} from './chromium-session.js';

// The pages as people open them: Debian's Chromium against the server in local mode.
const SKIP = chromiumMissing('The pages in Chromium');
const SARAH = { id: '00000000-0000-4000-8000-000000000002', upn: 'sarah.janssens@cpas-demo.be' };
const SOPHIE_HR = 'sophie.leclercq@cpas-demo.be';
// The social service: Isabelle manages it; Julie's telework is occasional, so it waits for her.
const TEAM = 'social-service';
const MAILBOX = 'permanence-social@cpas-demo.be';
const ISABELLE = { id: '00000000-0000-4000-8000-000000000001', upn: 'isabelle.lambert@cpas-demo.be' };
const JULIE = { upn: 'julie.dubois@cpas-demo.be' };
const PLANNED = { from: '2026-11-30', to: '2026-12-04' };
const PENDING_DAY = '2026-12-03';
// The demo clock: Monday 23 November 2026; "next week" is the week of 30 November. Sarah's
// structural pattern is Tuesday: the policy accepts Tuesday 1 December at once, so it goes to Outlook.
const TODAY = '2026-11-23';
const DECLARED = '2026-12-01';

let session: ChromiumSession;
let product: Product;
let base: string;

beforeAll(async () => {
  if (SKIP) return;
  session = await startChromiumSession(TODAY);
  ({ product, base } = session);
}, 90_000);

afterAll(async () => {
  await session?.close();
});

const open = (path: string, colorScheme: 'light' | 'dark' = 'light', width?: number) =>
  session.open(path, colorScheme, width);
const tokenOf = (upn: string, resource: 'api' | 'graph') => session.tokenOf(upn, resource);

interface GraphEvent {
  subject: string;
  start: { dateTime: string };
  categories: string[];
}
/** A mailbox's calendar over the local Graph's HTTP, read with the reader's own token. */
async function eventsOf(
  mailbox: string,
  reader: string,
  days: { from: string; to: string },
): Promise<GraphEvent[]> {
  const view = await fetch(
    `${base}/graph/v1.0/users/${mailbox}/calendarView?startDateTime=${days.from}T00:00:00Z&endDateTime=${days.to}T23:59:59Z&$top=100`,
    { headers: { authorization: `Bearer ${await tokenOf(reader, 'graph')}` } },
  );
  expect(view.status).toBe(200);
  return ((await view.json()) as { value: GraphEvent[] }).value;
}

const sarahsEvents = () => eventsOf(SARAH.id, SARAH.upn, { from: DECLARED, to: DECLARED });
const people = () => product.organisation.people;

interface Coverage {
  halfDays: Array<{
    part: string;
    onDuty: string[];
    duties: Array<{ dutyId: string; personId: string }>;
    conflicts: unknown[];
  }>;
}
async function coverageNow(): Promise<Coverage> {
  const answer = await fetch(`${base}/api/v1/teams/${TEAM}/coverage?from=${PLANNED.from}&to=${PLANNED.to}`, {
    headers: { authorization: `Bearer ${await tokenOf(ISABELLE.upn, 'api')}` },
  });
  expect(answer.status).toBe(200);
  return (await answer.json()) as Coverage;
}

describe.skipIf(SKIP)('the pages in Chromium', () => {
  it('offers the demo people to sign in as when no ?as= is given', async () => {
    const page = await open('/tab/week');
    await expect.poll(() => page.getByRole('link', { name: new RegExp(SARAH.upn) }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets an employee declare a day from the personal tab: the tab and her Outlook calendar show it', async () => {
    const page = await open(`/tab/week?as=${SARAH.upn}`);
    const declare = page.locator(`fluent-button[data-date="${DECLARED}"][data-part="full"]`);
    await declare.waitFor();
    expect(await declare.textContent()).toBe('Declare telework');
    await page.screenshot({ path: join(ARTIFACTS, 'week-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // A double click declares once: the button is disabled while the request runs.
    await declare.dblclick();
    await expect.poll(() => declare.textContent(), { timeout: 15_000 }).toBe('Cancel telework');
    await expect.poll(async () => (await sarahsEvents()).length, { timeout: 20_000 }).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'week-declared-light.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('follows the dark theme of the system', async () => {
    const page = await open(`/tab/week?as=${SARAH.upn}`, 'dark');
    await page.locator('fluent-button[data-part="full"]').first().waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.screenshot({ path: join(ARTIFACTS, 'week-dark.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows HR the month per team as a chart and a table', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(`/tab/hr?as=${SOPHIE_HR}&month=2026-12`, scheme);
      await page.getByRole('img', { name: /Telework days/ }).waitFor();
      expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
      // The teams by their names, not their ids.
      await page.getByRole('rowheader', { name: 'Service social / Sociale dienst' }).waitFor();
      expect(await page.getByRole('rowheader', { name: 'social-service' }).count()).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, `hr-${scheme}.png`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it("says an API refusal in the person's language: French for a French user", async () => {
    // November 2026 is not over on the demo's 23 November: closing it is refused (409).
    const page = await open(`/tab/hr?as=${SOPHIE_HR}&month=2026-11&lang=fr`);
    const close = page.locator('fluent-button', { hasText: 'Clôturer le mois' });
    await close.waitFor();
    await close.click();
    await expect
      .poll(() => page.locator('#status.problem').textContent(), { timeout: 15_000 })
      .toBe(
        "Le mois de novembre 2026 n'est pas terminé ; il pourra être clôturé à partir du mardi 1 décembre 2026.",
      );
    await page.close();
  }, 60_000);

  it("fits Outlook's task pane: at 360 pixels the week scrolls sideways and the names stay in view", async () => {
    const page = await open(`/addin/taskpane.html?as=${ISABELLE.upn}`, 'light', 360);
    await page.getByRole('gridcell').first().waitFor();
    const box = page.locator('.grid-scroll');
    const widths = await box.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    // The page itself does not scroll sideways: only the week does.
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(360);
    await box.evaluate((node) => node.scrollTo({ left: node.scrollWidth }));
    const boxLeft = (await box.boundingBox())?.x ?? Number.NaN;
    const name = page.getByRole('rowheader').first();
    expect(Math.abs(((await name.boundingBox())?.x ?? Number.NaN) - boxLeft)).toBeLessThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-narrow-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it("lets the social service's manager plan the week and approve a request in the task pane, for real", async () => {
    // Julie's occasional telework needs her manager's approval: a pending request, made the way
    // the personal tab makes it.
    const asked = await fetch(`${base}/api/v1/me/days`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await tokenOf(JULIE.upn, 'api')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ days: [{ date: PENDING_DAY, part: 'full' }] }),
    });
    expect(asked.status).toBe(200);
    expect(((await asked.json()) as { days: Array<{ outcome: string }> }).days[0]?.outcome).toBe(
      'needs-approval',
    );

    const page = await open(`/addin/taskpane.html?as=${ISABELLE.upn}&weekOf=${PLANNED.from}`);
    const cells = page.getByRole('gridcell');
    await cells.first().waitFor();
    const members = people().filter((person) => person.teams.includes(TEAM));
    expect(await cells.count()).toBe(members.length * 10);
    const labels = () =>
      cells.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
    const before = await labels();
    for (const member of members)
      expect(before.filter((label) => label.startsWith(`${member.displayName}, `))).toHaveLength(10);
    // Julie's request shows as pending on its day.
    expect(before, before.join('\n')).toContain('Julie Dubois, Thu, Dec 3 Morning, Waiting for approval');
    expect(before.some((label) => label.endsWith(', Permanence duty'))).toBe(false);

    // Propose, look at the preview, apply: the grid shows the duties the real API wrote.
    await page.locator('fluent-button', { hasText: 'Propose a roster' }).click();
    const apply = page.locator('fluent-button', { hasText: 'Apply this roster' });
    await apply.waitFor();
    expect(await page.locator('section li').count()).toBeGreaterThan(0);
    await apply.dblclick(); // applied once: the button is disabled while the request runs
    await expect
      .poll(async () => (await labels()).filter((label) => label.includes('Permanence duty')).length, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
    const coverage = await coverageNow();
    const duties = coverage.halfDays.flatMap((halfDay) => halfDay.duties);
    expect((await labels()).filter((label) => label.includes('Permanence duty'))).toHaveLength(duties.length);
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.some((text) => text.includes('⚠'))).toBe(
      coverage.halfDays.some((h) => h.conflicts.length > 0),
    );

    // The duties land in the team's permanence mailbox and in each person's own calendar.
    await product.calendarSync.drainUntilIdle();
    const mailbox = await eventsOf(MAILBOX, ISABELLE.upn, PLANNED);
    expect(mailbox.filter((event) => event.categories.includes('Permanence'))).toHaveLength(duties.length);
    for (const personId of new Set(duties.map((duty) => duty.personId))) {
      const person = people().find((candidate) => candidate.id === personId);
      if (!person) throw new Error(`no person ${personId}`);
      const own = await eventsOf(person.upn, person.upn, PLANNED);
      expect(own.filter((event) => event.categories.includes('Permanence'))).toHaveLength(
        duties.filter((duty) => duty.personId === personId).length,
      );
    }

    for (const scheme of ['light', 'dark'] as const) {
      const shown =
        scheme === 'light'
          ? page
          : await open(`/addin/taskpane.html?as=${ISABELLE.upn}&weekOf=${PLANNED.from}`, scheme);
      await shown.getByRole('gridcell').first().waitFor();
      await shown.screenshot({ path: join(ARTIFACTS, `taskpane-${scheme}.png`), fullPage: true });
      expect(await seriousViolations(shown)).toEqual([]);
      if (shown !== page) await shown.close();
    }

    // The keyboard alone: into the grid, right to Monday afternoon, Enter toggles Isabelle's duty.
    await cells.first().focus();
    await page.keyboard.press('ArrowRight');
    const focused = page.locator(':focus');
    const label = (await focused.getAttribute('aria-label')) ?? '';
    expect(label.startsWith('Isabelle Lambert, Mon, Nov 30 Afternoon')).toBe(true);
    const wasOnDuty = label.includes('Permanence duty');
    await page.keyboard.press('Enter');
    const mondayPm = (await coverageNow()).halfDays[1];
    await expect
      .poll(async () => (await labels())[1]?.includes('Permanence duty'), { timeout: 15_000 })
      .toBe(!wasOnDuty);
    expect(mondayPm?.part).toBe('pm');
    expect((await coverageNow()).halfDays[1]?.onDuty.includes(ISABELLE.id)).toBe(!wasOnDuty);

    // Her personal tab lists the same request among those waiting for her.
    const tab = await open(`/tab/week?as=${ISABELLE.upn}`);
    await expect
      .poll(
        () => tab.getByRole('listitem').filter({ hasText: 'Julie Dubois: Thursday, December 3' }).count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await tab.close();

    // Julie's request, approved with a reason: the day goes to her calendar.
    const request = page.getByRole('listitem').filter({ hasText: 'Julie Dubois' });
    await request.getByRole('textbox').fill('Dossier urgent');
    await request.locator('fluent-button', { hasText: 'Approve' }).click();
    await expect.poll(() => request.count(), { timeout: 15_000 }).toBe(0);
    await product.calendarSync.drainUntilIdle();
    const julies = await eventsOf(JULIE.upn, JULIE.upn, { from: PENDING_DAY, to: PENDING_DAY });
    expect(julies.filter((event) => !event.categories.includes('Permanence'))).toHaveLength(1);
    await page.close();
  }, 120_000);

  it('shows a plain member the team tab read only: the grid, nothing to change', async () => {
    const week = { from: '2026-12-14', to: '2026-12-18' };
    const before = await fetch(`${base}/api/v1/teams/${TEAM}/coverage?from=${week.from}&to=${week.to}`, {
      headers: { authorization: `Bearer ${await tokenOf(SARAH.upn, 'api')}` },
    });
    expect(before.status).toBe(200);
    const page = await open(`/tab/team?as=${SARAH.upn}&weekOf=${week.from}`);
    const cells = page.getByRole('gridcell');
    await cells.first().waitFor();
    const members = people().filter((person) => person.teams.includes(TEAM));
    expect(await cells.count()).toBe(members.length * 10);
    expect(await page.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByText('only the team’s managers change it').count()).toBe(1);
    // No cell offers a change, no roster, no requests to decide.
    expect(await page.locator('[aria-description]').count()).toBe(0);
    for (const action of ['Propose a roster', 'Approve', 'Reject'])
      expect(await page.locator('fluent-button', { hasText: action }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    // A click or Enter on a cell changes nothing, and the page asks nothing of the write routes.
    await cells.first().click();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const after = await fetch(`${base}/api/v1/teams/${TEAM}/coverage?from=${week.from}&to=${week.to}`, {
      headers: { authorization: `Bearer ${await tokenOf(SARAH.upn, 'api')}` },
    });
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    expect(await page.locator('#status.problem').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'team-member-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it("opens the task pane on the server's week (LOCAL_TODAY), not the browser's", async () => {
    const page = await open(`/addin/taskpane.html?as=${ISABELLE.upn}`);
    await page.getByRole('gridcell').first().waitFor();
    const first = await page.getByRole('gridcell').first().getAttribute('aria-label');
    expect(first).toBe('Isabelle Lambert, Mon, Nov 23 Morning, On site');
    await page.close();
  });

  it('says so and reloads the week when the planning changed underneath the task pane (412)', async () => {
    const week = { from: '2026-12-07', to: '2026-12-11' };
    // In French (Office's display language, here ?lang=): the refusal is said in it.
    const page = await open(`/addin/taskpane.html?as=${ISABELLE.upn}&weekOf=${week.from}&lang=fr`);
    const cells = page.getByRole('gridcell');
    await cells.first().waitFor();
    // Someone else plans Sarah on Monday morning: the pane still holds the version before it.
    const headers = { authorization: `Bearer ${await tokenOf(ISABELLE.upn, 'api')}` };
    const coverage = await fetch(`${base}/api/v1/teams/${TEAM}/coverage?from=${week.from}&to=${week.to}`, {
      headers,
    });
    const planned = await fetch(`${base}/api/v1/teams/${TEAM}/duties`, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'if-match': coverage.headers.get('etag') ?? '',
      },
      body: JSON.stringify({ date: week.from, part: 'am', personId: SARAH.id }),
    });
    expect(planned.status).toBe(201);
    const sarahMonday = cells.nth(10); // the second row, Monday morning
    expect(await sarahMonday.getAttribute('aria-label')).toMatch(/^Sarah Janssens, .*Matin/);
    expect(await sarahMonday.getAttribute('aria-label')).not.toContain('Permanence');

    await cells.first().click(); // Isabelle, Monday morning, against the old version
    await expect
      .poll(() => page.locator('#status.problem').textContent(), { timeout: 15_000 })
      .toContain('Le planning a changé entre-temps');
    await expect
      .poll(() => sarahMonday.getAttribute('aria-label'), { timeout: 15_000 })
      .toContain('Permanence');
    expect(await cells.first().getAttribute('aria-label')).not.toContain('Permanence');
    await page.close();
  }, 60_000);
});
