/**
 * Serves a built site on a free loopback port, under its base path, the way a static host does:
 * directory URLs get index.html, precompressed .br/.gz copies are used when present, unknown paths
 * get 404.html with status 404. Tests start and stop it themselves.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface SiteServer {
  /** Origin plus base, ending in '/': http://127.0.0.1:PORT/plan/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** The request handler behind serveSite, for servers that wrap it (test/support/engines/recording-server.ts). */
export function siteHandler(dir: string, base = '/'): RequestListener {
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    // sirv's type table (mrmime) lacks .docx, which static hosts and nginx's mime.types know.
    setHeaders: (res, pathname) => {
      if (pathname.endsWith('.docx')) res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    },
  });
  const notFound = join(dir, '404.html');
  return (req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(302, { Location: base });
      res.end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  };
}

export async function serveSite(dir: string, base = '/'): Promise<SiteServer> {
  const server: Server = createServer(siteHandler(dir, base));
  // Node's fetch reuses idle connections; at the default 5 s the server could close one just as a
  // test on a loaded machine reused it (ECONNRESET in search-exact once). close() still ends idle ones.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    // The tests are over when this is called: end connections still open (kept alive, or a fetch a
    // Pagefind instance left running) instead of waiting up to 60 s for them.
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
