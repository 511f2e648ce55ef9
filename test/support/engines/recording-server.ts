/**
 * The built site on loopback, recording every request it is asked for. It also answers as an HTTP
 * proxy: an engine told to use it (WebKit, through the WebDriver `proxy` capability) sends it every
 * request whatever the origin, so the log shows requests to other origins too; those are refused
 * (502) and never forwarded. With `probe` on, every HTML page gets the error probe as its first
 * script (test/support/engines/probe.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileForPath } from '../dist.ts';
import type { Build } from '../paths.ts';
import { siteHandler } from '../server.ts';
import { PROBE_PATH, probeScript } from './probe.ts';

export interface Recorded {
  /** Absolute URL as the engine asked for it (CONNECT requests as https://host:port/). */
  url: string;
  method: string;
  status: number;
}

export interface RecordingServer {
  /** Origin plus base, ending in '/'. */
  url: string;
  origin: string;
  /** host:port, for a proxy setting. */
  host: string;
  /** Every request so far, in order. */
  log: Recorded[];
  /** Paths below the base answered 404 while listed (e.g. 'pagefind/', to test search without Pagefind); empty it after the test. */
  blocked: string[];
  /**
   * While on, every connection is dropped without an answer (as when the signal is lost), whatever it
   * asks for but the harness's own files (the error probe): offline, for engines whose driver has no
   * offline switch. Such requests are logged with status 0.
   */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

/** A same-origin page with an iframe, for layout at widths narrower than an engine's window. */
export const FRAME_PATH = '__engines/frame.html';
const FRAME_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>frame</title></head><body style="margin:0"><iframe id="frame" title="page" style="border:0;display:block"></iframe></body></html>';
/** A page 600 px wide whatever the viewport, for the harness's own test that sideways scrolling is seen. */
export const WIDE_PATH = '__engines/wide.html';
const WIDE_PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>wide</title></head><body><div class="too-wide" style="width:600px;height:10px"></div></body></html>';

/** Inserts the probe right after <meta charset> (or <head>), before the page's CSP and scripts. */
function withProbe(html: string, base: string): string {
  const tag = `<script src="${base}${PROBE_PATH}"></script>`;
  const at = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!at) throw new Error('recording server: a page without <head>, cannot add the error probe');
  const end = at.index + at[0].length;
  return html.slice(0, end) + tag + html.slice(end);
}

export async function serveRecorded(build: Build, options: { probe: boolean }): Promise<RecordingServer> {
  const site = siteHandler(build.dir, build.base);
  const log: Recorded[] = [];
  const blocked: string[] = [];
  let host = '';
  let offline = false;

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // A proxy request carries the absolute URL; a direct one only the path.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    const entry: Recorded = { url: url.href, method: req.method ?? 'GET', status: 0 };
    log.push(entry);
    // The harness's own files (the error probe) still load: they stand for the driver, not the site.
    if (offline && !url.pathname.startsWith(`${build.base}__engines/`)) {
      req.socket.destroy();
      return;
    }
    res.on('finish', () => (entry.status = res.statusCode));
    if (url.host !== host) return send(res, 502, 'text/plain', 'the test proxy does not forward requests to other origins');
    const path = url.pathname;
    if (blocked.some((prefix) => path.startsWith(`${build.base}${prefix}`))) return send(res, 404, 'text/plain', 'blocked by the test');
    if (path === `${build.base}${PROBE_PATH}`) return send(res, 200, 'text/javascript', probeScript());
    if (path === `${build.base}${FRAME_PATH}`) return send(res, 200, 'text/html; charset=utf-8', FRAME_PAGE);
    if (path === `${build.base}${WIDE_PATH}`) return send(res, 200, 'text/html; charset=utf-8', options.probe ? withProbe(WIDE_PAGE, build.base) : WIDE_PAGE);
    if (options.probe && path.startsWith(build.base) && (req.method === 'GET' || req.method === 'HEAD')) {
      const rel = path.slice(build.base.length);
      const file = fileForPath(build.dir, rel);
      if (file === null || file.endsWith('.html')) {
        const status = file === null ? 404 : 200;
        return send(res, status, 'text/html; charset=utf-8', withProbe(readFileSync(file ?? join(build.dir, '404.html'), 'utf8'), build.base));
      }
    }
    req.url = `${path}${url.search}`;
    site(req, res);
  };

  const server = createServer(handle);
  // HTTPS through the proxy: recorded and refused, never tunnelled.
  server.on('connect', (req, socket) => {
    log.push({ url: `https://${req.url ?? ''}/`, method: 'CONNECT', status: 502 });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  const origin = `http://${host}`;
  return {
    url: `${origin}${build.base}`,
    origin,
    host,
    log,
    blocked,
    setOffline: (value) => {
      offline = value;
      // Connections kept alive from before would still carry requests: drop them too.
      if (value) server.closeAllConnections();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
