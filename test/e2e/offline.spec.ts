/**
 * Reading offline in Chromium, at / and under /plan/: after one visit the service worker has the
 * whole site, so with the network off every page of the sitemap reads (its plan text exactly, with
 * the note saying it is the offline copy) and the search finds exactly what it finds online; an error
 * answer is never kept; a new build deployed to the same origin replaces the old copy; and with
 * offline reading switched off in the publisher's settings no worker is registered and an earlier one
 * removes itself. Scratch builds (test/support/scratch-build.ts) make the rebuilds.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { loadHtml } from '../support/dist.ts';
import { pagePlanText } from '../support/fidelity.ts';
import { BUILDS, testBuildEnv, type Build } from '../support/paths.ts';
import { scratchBuilds } from '../support/scratch-build.ts';
import { FOOTER, secondBuild } from '../support/second-build.ts';
import { relevantKeys, truthPassages } from '../support/search-truth.ts';
import { runQuery } from '../support/search-page.ts';
import { label } from '../support/sitemap.ts';
import { browserPaths, FULL } from '../support/pages.ts';
import { serveSwitchable, type SwitchServer } from '../support/switch-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context (empty storage) whose every request, the worker's included, is recorded. */
async function freshContext() {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, requests, errors };
}

/** Waits until the worker controls the page; its install (the whole copy) has finished by then. Returns the copies' caches. */
async function waitForCopy(page: Page): Promise<string[]> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 });
  return copyCaches(page);
}

/** The caches holding a copy: every cache but the worker's record of open pages (src/lib/offline/cache-names.ts). */
const copyCaches = (page: Page): Promise<string[]> => page.evaluate(async () => (await caches.keys()).filter((name) => !name.endsWith(' clients')));

/** Evaluates `fn` in the page until it returns true (page.waitForFunction does not await an async predicate's promise). */
async function until<A extends string | undefined>(page: Page, what: string, fn: (arg: A) => Promise<boolean>, arg: A, timeout = 60_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(fn as (arg: string | undefined) => Promise<boolean>, arg), { timeout, interval: 200, message: `timed out waiting until ${what}` })
    .toBe(true);
}

/** Runs in the page: its plan text as the fidelity rule reads it, the offline note left out (it is data-ui). */
const planTextInPage = () =>
  [...document.querySelectorAll('[data-plan]')]
    .filter((el) => !el.parentElement?.closest('[data-plan]'))
    .map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[data-ui]').forEach((ui) => ui.remove());
      return copy.textContent ?? '';
    })
    .join('')
    .replace(/\s+/gu, '');

const noteText = (page: Page) => page.evaluate(() => document.querySelector('[data-offline-note]')?.textContent ?? null);

describe.each(BUILDS)('the offline copy of the build under $base', (build: Build) => {
  let server: SwitchServer;
  let session: Awaited<ReturnType<typeof freshContext>>;
  beforeAll(async () => {
    server = await serveSwitchable(build.dir, build.base);
    session = await freshContext();
  });
  afterAll(async () => {
    await session?.context.close();
    await server?.close();
  });

  it('is saved after one visit to the home page, in one cache named by the scope', async () => {
    const { page } = session;
    await page.goto(server.url);
    const names = await waitForCopy(page);
    expect(names).toHaveLength(1);
    expect(names[0]).toContain(` ${server.url} `);
    const note = await noteText(page);
    expect(note, 'a page read online has no offline note').toBeNull();
  });

  it.each(browserPaths(build).map((p) => [label(p), p]))('reads %s with the network off, exactly as built, with the offline note', async (_, path) => {
    const { context, page, errors, requests } = session;
    const asked = server.log.length;
    await context.setOffline(true);
    try {
      errors.length = 0;
      await page.goto(`${server.url}${path}`);
      const expected = pagePlanText(loadHtml(join(build.dir, path.endsWith('.html') ? path : `${path}index.html`)));
      expect(await page.evaluate(planTextInPage)).toBe(expected);
      expect(await noteText(page)).toMatch(/^离线阅读：您看到的是本设备保存的副本（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}保存）/u);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-offline-note]')!).borderInlineStartWidth)).not.toBe('0px');
      expect(errors).toEqual([]);
      // The browser's own update check of sw.js (a second or so after a navigation) is not held back by
      // Chromium's offline switch; everything the site asks for is.
      expect(
        server.log.slice(asked).filter((r) => r.dest !== 'serviceworker'),
        'nothing reached the server while offline',
      ).toEqual([]);
      expect(requests.filter((r) => new URL(r).origin !== server.origin)).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('searches with the network off, finding exactly what the search finds online', async () => {
    const { context, page, errors } = session;
    const truth = truthPassages(build.dir);
    await context.setOffline(true);
    try {
      errors.length = 0;
      await page.goto(`${server.url}search/`);
      for (const q of ['养老保险', '川渝 通办', '以工代赈']) expect((await runQuery(page, q)).keys, q).toEqual(relevantKeys(truth, q));
      // A query in the address (the header's search box) works too.
      await page.goto(`${server.url}search/?q=${encodeURIComponent('技能人才')}`);
      await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '技能人才');
      expect(errors).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('serves the downloads with the network off, byte for byte, and says so for a page it does not have', async () => {
    const { context, page } = session;
    await context.setOffline(true);
    try {
      await page.goto(`${server.url}downloads/`);
      const docx = await page.evaluate(async (url) => {
        const r = await fetch(url);
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await r.arrayBuffer()));
        return { status: r.status, sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
      }, `${server.url}downloads/plan.docx`);
      expect(docx).toEqual({
        status: 200,
        sha256: createHash('sha256')
          .update(readFileSync(join(build.dir, 'downloads/plan.docx')))
          .digest('hex'),
      });
      const response = await page.goto(`${server.url}chapters/99/`);
      expect(response?.status()).toBe(404);
      expect(await noteText(page)).toBe('离线阅读：当前没有网络，本设备保存的副本中也没有这个地址。');
    } finally {
      await context.setOffline(false);
    }
  });

  it('shows the current pages while online: a page comes from the network, not from the copy', async () => {
    const { page } = session;
    const asked = server.requested.length;
    await page.goto(`${server.url}chapters/2/`);
    expect(server.requested.slice(asked)).toContain('chapters/2/');
    expect(await noteText(page)).toBeNull();
  });
});

/**
 * The test build, then its second build (test/support/second-build.ts, shared with offline-update.spec.ts),
 * then under / a build with offline reading switched off, kept in a folder of its own.
 * In `npm test` under / only, where switching offline reading off is tried too; FULL=1 adds /plan/.
 */
describe.each(FULL ? BUILDS.map((b) => b.base) : ['/'])('a new build on the same origin, under %s', (base) => {
  const scratch = scratchBuilds('offline-rebuild-');
  const kept: string[] = [];
  const env = testBuildEnv(base);

  /** Builds with the edits and keeps the output in a folder of its own. */
  const buildKept = (edits: Parameters<typeof scratch.buildWithEdits>[0]): string => {
    const result = scratch.buildWithEdits(edits, { env });
    if (result.status !== 0) throw new Error(`scratch build failed:\n${result.output}`);
    const dir = mkdtempSync(join(tmpdir(), 'offline-build-'));
    cpSync(result.outDir, dir, { recursive: true });
    kept.push(dir);
    return dir;
  };
  afterAll(() => {
    scratch.cleanup();
    for (const dir of kept) rmSync(dir, { recursive: true, force: true });
  });

  it('replaces the old copy, never keeps an error, and is removed when offline reading is switched off', async () => {
    // The first build is the test build itself (test/build/reproducible.test.ts: a build of the same tree is the same bytes).
    const build = BUILDS.find((b) => b.base === base)!;
    const first = build.dir;
    const second = secondBuild(build);
    const off =
      base === '/' ? buildKept([{ file: 'content/settings/publisher.json', edit: (s) => s.replace('"enabled": true', '"enabled": false') }]) : undefined;
    const server = await serveSwitchable(first, base);
    const { context, page } = await freshContext();
    try {
      // An error answer fails the install: no copy is complete, and the next visit completes it.
      server.failPaths(['chapters/4/']);
      await page.goto(server.url);
      await expect
        .poll(() => server.requested.includes('chapters/4/'), { timeout: 30_000, interval: 100, message: 'the worker never asked for the failing page' })
        .toBe(true);
      // A first install that fails leaves no registration behind (it had no active worker to fall back on).
      await until(
        page,
        'the failed install is over',
        async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !registration || (!registration.installing && !registration.waiting);
        },
        undefined,
      );
      // No complete copy: what the failed install saved is kept for the next one to resume, never read.
      expect(
        await page.evaluate(
          async () =>
            (
              await Promise.all(
                (await caches.keys()).map((name) => caches.match(`${location.origin}${location.pathname}__offline-copy.json`, { cacheName: name })),
              )
            ).filter(Boolean).length,
        ),
      ).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null)).toBeNull();
      server.failPaths([]);
      await page.reload();
      const [firstCache] = await waitForCopy(page);

      // The second build: the next visit's update check installs it, and its copy replaces the first.
      server.serve(second);
      const asked = server.requested.length;
      await page.goto(`${server.url}chapters/3/`);
      await until(
        page,
        'the second copy replaced the first',
        async (old) => {
          const names = (await caches.keys()).filter((name) => !name.endsWith(' clients'));
          return names.length === 1 && names[0] !== old;
        },
        firstCache!,
      );
      // Only what changed was fetched again: the pages (and scripts that carry the edited UI text), not
      // Chart.js or Pagefind's WebAssembly, whose bytes are the same.
      const fetched = server.requested.slice(asked);
      expect(fetched).toContain('sw.js');
      expect(fetched).toContain('chapters/3/');
      expect(server.requested.slice(0, asked).filter((f) => f.includes('LazyChart') || f.endsWith('.pagefind')).length).toBeGreaterThanOrEqual(2);
      expect(fetched.filter((f) => f.includes('LazyChart') || f.endsWith('.pagefind'))).toEqual([]);
      await context.setOffline(true);
      await page.goto(`${server.url}chapters/3/`);
      expect(await page.locator('footer').textContent()).toContain(`${FOOTER}（第二版）`);
      expect(await noteText(page)).not.toBeNull();
      await context.setOffline(false);

      if (off) {
        // Switched off: the next visit gets the worker that deletes the copy and unregisters itself.
        server.serve(off);
        await page.goto(server.url);
        await until(
          page,
          'the worker removed itself and its copy',
          async () => (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0,
          undefined,
        );
        // And a reader who has never visited gets no worker at all.
        const fresh = await freshContext();
        await fresh.page.goto(server.url);
        // The page registers its worker on load, so by the time the network is idle it would have asked for sw.js.
        await fresh.page.waitForLoadState('networkidle');
        expect(await fresh.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
        expect(fresh.requests.filter((r) => r.endsWith('/sw.js'))).toEqual([]);
        await fresh.context.close();
      }
    } finally {
      await context.close();
      await server.close();
    }
  });
});
