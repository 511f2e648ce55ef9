/**
 * A loopback server for builds that change under the reader: it serves one built folder, and a test
 * can switch it to another (a rebuild deployed to the same origin), make one path answer 500 (a host
 * error), hold a path's answer back until released (an update caught half-way), or make every request
 * fail at the network level (offline, for engines whose driver has no offline switch: the connection is
 * dropped without an answer, as a lost signal does; held requests are dropped too).
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
  /** Paths (relative to the base) whose answers wait until cleared with []; their requests are answered then. */
  holdPaths(paths: readonly string[]): void;
  /** Resolves once a request for a held path has arrived (and is being held). */
  held(path: string): Promise<void>;
  /** Drops every connection unanswered while on, held ones included. */
  setOffline(offline: boolean): void;
  /** Every path asked for since the server started (relative to the base, without the query). */
  readonly requested: string[];
  /** The same requests with their Sec-Fetch-Dest ('document' for a page, 'empty' for a script's fetch(), …), and whether the answer was sent whole. */
  readonly log: { path: string; dest: string; answered: boolean }[];
  close(): Promise<void>;
}

export async function serveSwitchable(dir: string, base: string): Promise<SwitchServer> {
  let handler = siteHandler(dir, base);
  let failing = new Set<string>();
  let offline = false;
  let holding = new Set<string>();
  let waiting: { rel: string; req: IncomingMessage; res: ServerResponse }[] = [];
  const arrivals = new Map<string, () => void>();
  const requested: string[] = [];
  const log: { path: string; dest: string; answered: boolean }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const rel = path.startsWith(base) ? path.slice(base.length) : path;
    requested.push(rel);
    const entry = { path: rel, dest: String(req.headers['sec-fetch-dest'] ?? ''), answered: false };
    log.push(entry);
    res.on('finish', () => (entry.answered = true));
    if (holding.has(rel)) {
      waiting.push({ rel, req, res });
      arrivals.get(rel)?.();
      return;
    }
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
    holdPaths: (paths) => {
      holding = new Set(paths);
      const released = waiting.filter((w) => !holding.has(w.rel));
      waiting = waiting.filter((w) => holding.has(w.rel));
      for (const { req, res } of released) handler(req, res);
    },
    held: (path) => (waiting.some((w) => w.rel === path) ? Promise.resolve() : new Promise<void>((resolve) => arrivals.set(path, resolve))),
    setOffline: (value) => {
      offline = value;
      if (!value) return;
      for (const { req } of waiting) req.socket.destroy();
      waiting = [];
    },
    requested,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
