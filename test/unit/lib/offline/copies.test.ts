/** Which copy answers offline, which copies stay, and which open pages hear of a newer version. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { copiesToDelete, isContentAddressed, newestComplete, onNewCopy, pageDigest, type Binding } from '../../../../src/lib/offline/copies.ts';
import { clientsCacheName, copyVersion, cacheName } from '../../../../src/lib/offline/cache-names.ts';
import { revision } from '../../../../src/lib/offline/precache.ts';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';

describe('the copy a page offline comes from', () => {
  it('is the newest complete one, never one still being saved', () => {
    expect(
      newestComplete([
        { version: A, savedAt: 1 },
        { version: B, savedAt: 2 },
        { version: C, savedAt: null },
      ])?.version,
    ).toBe(B);
    expect(newestComplete([{ version: C, savedAt: null }])).toBeUndefined();
    expect(newestComplete([])).toBeUndefined();
  });
});

describe('the copies deleted', () => {
  const copies = [
    { version: A, savedAt: 1 },
    { version: B, savedAt: 2 },
    { version: C, savedAt: null },
  ];
  it('when a new copy becomes active: all but its own and those an open page is bound to, incomplete ones too', () => {
    expect(copiesToDelete(copies, B, new Set(), true)).toEqual([A, C]);
    expect(copiesToDelete(copies, B, new Set([A]), true)).toEqual([C]);
  });

  it('at other times: only complete copies older than the newest, never one an update may still be filling', () => {
    expect(copiesToDelete(copies, A, new Set(), false)).toEqual([]);
    expect(copiesToDelete([...copies, { version: 'dddddddddddddddd', savedAt: 0 }], B, new Set(), false)).toEqual([A, 'dddddddddddddddd']);
    expect(copiesToDelete(copies, B, new Set([A]), false)).toEqual([]);
  });
});

describe('a new copy and the pages open', () => {
  const bindings = new Map<string, Binding>([
    ['same', { url: 'https://h.test/chapters/1/', digest: 'd1', copy: A }],
    ['older', { url: 'https://h.test/chapters/2/', digest: 'old', copy: A }],
    ['gone', { url: 'https://h.test/chapters/11/', digest: 'd11', copy: A }],
    ['network', { url: 'https://h.test/chapters/3/', digest: 'd3', copy: null }],
    ['newer-than-copy', { url: 'https://h.test/chapters/4/', digest: 'd4-next', copy: null }],
    ['own', { url: 'https://h.test/chapters/5/', digest: 'x', copy: B }],
  ]);
  const inNew: Record<string, string> = {
    'https://h.test/chapters/1/': 'd1',
    'https://h.test/chapters/2/': 'new',
    'https://h.test/chapters/3/': 'd3',
    'https://h.test/chapters/4/': 'd4',
  };
  const { rebind, notify } = onNewCopy(bindings, B, (url) => inNew[url]);

  it('binds to it a page whose bytes it holds, and says nothing there', () => {
    expect(rebind.sort()).toEqual(['network', 'same']);
  });

  it('tells a page of an older copy that a newer version is ready, also when the new build has no such page', () => {
    expect(notify.sort()).toEqual(['gone', 'older']);
  });

  it('tells nothing to a page read online that it does not hold (the page may be newer than the copy)', () => {
    expect([...rebind, ...notify]).not.toContain('newer-than-copy');
  });
});

describe('names and digests', () => {
  it('knows a copy cache by its version, and the clients cache is not one', () => {
    expect(copyVersion('https://h.test/', cacheName('https://h.test/', A))).toBe(A);
    expect(copyVersion('https://h.test/', clientsCacheName('https://h.test/'))).toBeUndefined();
    expect(copyVersion('https://h.test/plan/', cacheName('https://h.test/', A))).toBeUndefined();
    expect(copyVersion('https://h.test/', cacheName('https://h.test/plan/', A))).toBeUndefined();
  });

  it('digests a page as the build writes revisions', async () => {
    const bytes = new TextEncoder().encode('<p>第一章</p>');
    expect(await pageDigest(bytes.buffer)).toBe(revision(bytes));
    expect(revision(bytes)).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
  });

  it('treats only _assets/ as named by content', () => {
    expect(isContentAddressed('https://h.test/plan/_assets/x.abc.js', 'https://h.test/plan/')).toBe(true);
    expect(isContentAddressed('https://h.test/plan/pagefind/pagefind-entry.json', 'https://h.test/plan/')).toBe(false);
  });
});
