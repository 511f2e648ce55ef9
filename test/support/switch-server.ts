/**
 * A loopback server for builds that change under the reader: it serves one built folder, and a test
 * can switch it to another (a rebuild deployed to the same origin), make one path answer 500 (a host
 * error), or make every request fail at the network level (offline, for engines whose driver has no
 * offline switch: the connection is dropped without an answer, as a lost signal does).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { siteHandler } from './server.ts';

export interface SwitchServer {
  /** Origin plus base, ending in '/'. */
  url: string;
  origin: string;
  /** Serves `dir` from now on. */
  serve(dir: string): void;
  /** Paths (relative to the base) answered with 500 until cleared with []. */
  failPaths(paths: readonly string[]): void;
  /** Drops every connection unanswered while on. */
  setOffline(offline: boolean): void;
  /** Every path asked for since the server started (relative to the base, without the query). */
  readonly requested: string[];
  close(): Promise<void>;
}

export async function serveSwitchable(dir: string, base: string): Promise<SwitchServer> {
  let handler = siteHandler(dir, base);
  let failing = new Set<string>();
  let offline = false;
  const requested: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const rel = path.startsWith(base) ? path.slice(base.length) : path;
    requested.push(rel);
    if (failing.has(rel)) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('test: a host error');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    serve: (next) => (handler = siteHandler(next, base)),
    failPaths: (paths) => (failing = new Set(paths)),
    setOffline: (value) => (offline = value),
    requested,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
