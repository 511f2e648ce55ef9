/**
 * Starts the system nginx (Debian's package; `.ci/run` installs it when missing) on a free loopback port
 * with deploy/nginx.conf, only `listen`, `root` and (for a subpath) `error_page` replaced. Everything
 * nginx writes stays in a temporary folder; stop() ends the process it started.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export const DEPLOY_CONF = join(ROOT, 'deploy/nginx.conf');
/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function findNginx(): string {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next one
    }
  }
  throw new Error('No nginx found for the deployment test. Install it with `apt-get install nginx` (`.ci/run` does so when missing).');
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** Replaces one line of the config, insisting it is there exactly once, so the test cannot drift from the file. */
function replaceOnce(conf: string, pattern: RegExp, replacement: string): string {
  const matches = conf.match(new RegExp(pattern.source, 'gm'));
  if (matches?.length !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${matches?.length ?? 0}`);
  return conf.replace(new RegExp(pattern.source, 'm'), replacement);
}

export interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** The built site. */
  dir: string;
  /** '/' or a subpath such as '/plan/'. */
  base: string;
  /** Load the brotli_static module and switch brotli_static on. */
  brotli?: boolean;
}

export async function startNginx({ dir, base, brotli = false }: NginxOptions): Promise<Nginx> {
  const nginx = findNginx();
  const work = mkdtempSync(join(tmpdir(), 'plan-nginx-'));
  const www = join(work, 'www');
  mkdirSync(www);
  let root = dir;
  if (base !== '/') {
    symlinkSync(dir, join(www, base.replace(/^\/|\/$/g, '')));
    root = www;
  }
  const port = await freePort();
  let site = readFileSync(DEPLOY_CONF, 'utf8');
  site = replaceOnce(site, /^\s*listen 80;.*$/, `    listen 127.0.0.1:${port};`);
  site = replaceOnce(site, /^\s*root \/var\/www\/plan;.*$/, `    root ${root};`);
  site = replaceOnce(site, /^\s*error_page 404 \/404\.html;.*$/, `    error_page 404 ${base}404.html;`);
  if (brotli) site = replaceOnce(site, /^\s*# brotli_static on;.*$/, '    brotli_static on;');
  writeFileSync(join(work, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${join(work, name)};`);
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      ...(brotli ? [`load_module ${BROTLI_MODULE};`] : []),
      // Started as root, nginx would run its workers as www-data, which cannot read a checkout in a
      // private folder (a clone in `mktemp -d`); the workers run as the user running the tests.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(work, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      `  include ${join(work, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(nginx, ['-p', work, '-e', join(work, 'error.log'), '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(work, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${origin}/`);
      return { origin, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const log = existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx did not start: ${stderr}\n${log}`);
}
