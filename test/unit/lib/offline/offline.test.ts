/** What goes into the offline copy, the build's version, and the note a page from the copy gets. */
import { describe, expect, it } from 'vitest';
import { buildVersion, isPrecached, precacheList, precacheUrl } from '../../../../src/lib/offline/precache.ts';
import { newerNote, OFFLINE_NOTE_CSS, savedTime, withOfflineNote } from '../../../../src/lib/offline/offline-note.ts';
import { cacheName, scopeCachePrefix } from '../../../../src/lib/offline/cache-names.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('the offline copy', () => {
  it('holds every file a reader opens or a page loads, and leaves out the worker, compressed twins and crawler files', () => {
    for (const f of [
      'index.html',
      'chapters/1/index.html',
      '404.html',
      '_assets/style.abc.css',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind-entry.json',
      'data/indicators.csv',
      'downloads/plan.docx',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'offline.css',
      'indicators/charts/plan14-urban-new-jobs.svg',
    ])
      expect(isPrecached(f), f).toBe(true);
    for (const f of [
      'sw.js',
      '_headers',
      'robots.txt',
      'sitemap.xml',
      'index.html.br',
      '_assets/style.abc.css.gz',
      'indicators/charts/plan14-urban-new-jobs.png',
    ])
      expect(isPrecached(f), f).toBe(false);
  });

  it('keys pages by the address they are served at', () => {
    expect(precacheUrl('index.html')).toBe('');
    expect(precacheUrl('chapters/1/index.html')).toBe('chapters/1/');
    expect(precacheUrl('404.html')).toBe('404.html');
  });

  it('has a new version when any file or the worker changes, and the same one otherwise', () => {
    const files = [
      { file: 'index.html', bytes: bytes('<p>a</p>') },
      { file: 'chapters/1/index.html', bytes: bytes('<p>b</p>') },
      { file: 'sw.js', bytes: bytes('x') },
    ];
    const list = precacheList(files);
    expect(list.files.map(([url]) => url)).toEqual(['', 'chapters/1/']);
    expect(list.bytes).toBe(16);
    const v = buildVersion(list, 'worker');
    expect(buildVersion(precacheList(files), 'worker')).toBe(v);
    expect(buildVersion(precacheList([files[0]!, { file: 'chapters/1/index.html', bytes: bytes('<p>c</p>') }]), 'worker')).not.toBe(v);
    expect(buildVersion(list, 'worker 2')).not.toBe(v);
    // A file that is not in the copy does not change the version.
    expect(buildVersion(precacheList([...files.slice(0, 2), { file: 'sitemap.xml', bytes: bytes('new') }]), 'worker')).toBe(v);
  });

  it('names its caches by scope, so a site at / and one at /plan/ on one host never share or delete each other’s', () => {
    const root = cacheName('https://h.test/', 'v1');
    const sub = cacheName('https://h.test/plan/', 'v1');
    expect(root.startsWith(scopeCachePrefix('https://h.test/'))).toBe(true);
    expect(sub.startsWith(scopeCachePrefix('https://h.test/'))).toBe(false);
    expect(root.startsWith(scopeCachePrefix('https://h.test/plan/'))).toBe(false);
  });
});

describe('the offline note', () => {
  it('goes first into <main>, as UI text, with its stylesheet linked in <head>, and escapes its text', () => {
    const html = '<html><head><title>t</title></head><body><header></header><main id="main" tabindex="-1"><h1>标题</h1></main></body></html>';
    const out = withOfflineNote(html, '离线 <副本>', '/plan/offline.css');
    expect(out).toBe(
      '<html><head><title>t</title><link rel="stylesheet" href="/plan/offline.css"></head><body><header></header><main id="main" tabindex="-1"><p class="offline-note" role="status" data-ui data-offline-note>离线 &lt;副本&gt;</p><h1>标题</h1></main></body></html>',
    );
  });

  it('goes into <body> on a page without <main>, and leaves a document without either as it is', () => {
    expect(withOfflineNote('<body><p>x</p></body>', 'n', 'c.css')).toBe(
      '<body><p class="offline-note" role="status" data-ui data-offline-note>n</p><p>x</p></body>',
    );
    expect(withOfflineNote('plain', 'n', 'c.css')).toBe('plain');
  });

  it('for a newer version, is one status line with its stylesheet, and hides an offline note after it', () => {
    expect(newerNote('已更新 <新>', '/plan/offline.css?a="b"')).toBe(
      '<link rel="stylesheet" href="/plan/offline.css?a=&quot;b&quot;"><p class="offline-note" role="status" data-ui data-offline-note>已更新 &lt;新&gt;</p>',
    );
    expect(OFFLINE_NOTE_CSS).toContain('.offline-note~.offline-note{display:none}');
  });

  it('says when the copy was saved, as Chinese readers write a date and time', () => {
    expect(savedTime(Date.UTC(2025, 5, 1, 2, 5), 'Asia/Shanghai')).toBe('2025年6月1日 10:05');
  });
});
