/**
 * Starts the system nginx (Debian's package; `.ci/run` installs it when missing) the way the README
 * tells a publisher to: Debian's own configuration (a copy of /etc/nginx, with nginx.conf and its stock
 * default site in sites-enabled/), deploy/nginx.conf copied to conf.d/plan.conf and its ADJUST lines
 * set (port, host name, root, and for a subpath the error page). Both servers listen on one free
 * loopback port, as both would on port 80. Only what a test cannot use is changed: paths under /etc,
 * /run and /var/log point into a temporary folder, and nginx stays in the foreground. stop() ends the
 * process it started and removes the folder.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { freePort } from './free-port.ts';

export const DEPLOY_CONF = join(ROOT, 'deploy/nginx.conf');
/** Debian's configuration, copied for each test run. */
export const DEBIAN_CONF = '/etc/nginx';
/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The host name the plan's server answers to in the test (a reserved .test name). */
export const PLAN_HOST = 'plan.test';

export function findNginx(): string {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next one
    }
  }
  throw new Error('No nginx found for the deployment test. Install it with `apt-get install nginx` (`sudo bash scripts/install-test-tools.sh` installs everything the tests need that is missing).');
}


/**
 * Copies a folder as plain files and folders: every symbolic link (Debian's sites-enabled/default points
 * at /etc/nginx/sites-available/default) becomes a copy of what it points to, so no write into the copy
 * can ever reach the system's files.
 */
function copyResolved(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (!existsSync(source)) continue; // a dangling link
    if (statSync(source).isDirectory()) copyResolved(source, join(to, name));
    else writeFileSync(join(to, name), readFileSync(source));
    if (lstatSync(join(to, name)).isSymbolicLink()) throw new Error(`copyResolved: ${join(to, name)} is still a link`);
  }
}

/** Replaces one line of a config, insisting it is there exactly once, so the test cannot drift from the file. */
function replaceOnce(conf: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = conf.match(new RegExp(pattern.source, 'gm'));
  if (matches?.length !== 1) throw new Error(`${what}: expected one line matching ${pattern}, found ${matches?.length ?? 0}`);
  return conf.replace(new RegExp(pattern.source, 'm'), replacement);
}

export interface Nginx {
  /** The plan's origin as a reader's browser sees it: http://plan.test:PORT */
  origin: string;
  /** Where nginx actually listens: http://127.0.0.1:PORT */
  address: string;
  port: number;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** The built site. */
  dir: string;
  /** '/' or a subpath such as '/plan/'. */
  base: string;
  /** Switch brotli_static on (Debian's module must be installed and enabled in modules-enabled/). */
  brotli?: boolean;
}

export async function startNginx({ dir, base, brotli = false }: NginxOptions): Promise<Nginx> {
  const nginx = findNginx();
  if (!existsSync(join(DEBIAN_CONF, 'nginx.conf'))) throw new Error(`${DEBIAN_CONF}/nginx.conf is missing: install Debian's nginx (apt-get install nginx)`);
  const work = mkdtempSync(join(tmpdir(), 'plan-nginx-'));
  const etc = join(work, 'etc');
  copyResolved(DEBIAN_CONF, etc);
  if (!existsSync(join(etc, 'sites-enabled/default'))) throw new Error(`${DEBIAN_CONF}/sites-enabled/default is missing: the test checks the plan next to Debian's default site`);
  // modules-enabled/*.conf load modules by a path relative to the prefix (modules/…).
  symlinkSync('/usr/lib/nginx/modules', join(work, 'modules'));
  const root = base === '/' ? dir : join(work, 'www');
  if (base !== '/') {
    mkdirSync(root);
    symlinkSync(dir, join(root, base.replace(/^\/|\/$/g, '')));
  }
  const port = await freePort();
  const listen = `127.0.0.1:${port}`;

  // deploy/nginx.conf, its ADJUST lines set as a publisher would.
  let site = readFileSync(DEPLOY_CONF, 'utf8');
  site = replaceOnce(site, /^\s*listen 80;.*$/, `    listen ${listen};`, 'deploy/nginx.conf');
  site = replaceOnce(site, /^\s*server_name .*ADJUST.*$/, `    server_name ${PLAN_HOST};`, 'deploy/nginx.conf');
  site = replaceOnce(site, /^\s*root \/var\/www\/plan;.*$/, `    root ${root};`, 'deploy/nginx.conf');
  site = replaceOnce(site, /^\s*error_page 403 404 =404 \/404\.html;.*$/, `    error_page 403 404 =404 ${base}404.html;`, 'deploy/nginx.conf');
  if (brotli) site = replaceOnce(site, /^\s*# brotli_static on;.*$/, '    brotli_static on;', 'deploy/nginx.conf');
  writeFileSync(join(etc, 'conf.d/plan.conf'), site);

  // Debian's default site stays as shipped, on the same port (its IPv6 line dropped: loopback only).
  const defaultSite = join(etc, 'sites-enabled/default');
  let fallback = readFileSync(defaultSite, 'utf8');
  fallback = replaceOnce(fallback, /^\s*listen 80 default_server;.*$/, `\tlisten ${listen} default_server;`, 'sites-enabled/default');
  fallback = fallback.replace(/^\s*listen \[::\]:80 default_server;.*$/m, '');
  writeFileSync(defaultSite, fallback);

  let main = readFileSync(join(etc, 'nginx.conf'), 'utf8');
  main = main.replaceAll(`${DEBIAN_CONF}/`, `${etc}/`);
  main = main.replace(/^pid .*$/m, `pid ${join(work, 'nginx.pid')};`);
  main = main.replace(/^error_log .*$/m, `error_log ${join(work, 'error.log')};`);
  main = main.replace(/^(\s*)access_log .*$/m, `$1access_log ${join(work, 'access.log')};`);
  // Started as root, nginx would run its workers as www-data, which cannot read a checkout in a
  // private folder (a clone in `mktemp -d`); the workers run as the user running the tests.
  main = main.replace(/^user .*$/m, process.getuid?.() === 0 ? 'user root;' : '');
  writeFileSync(join(etc, 'nginx.conf'), main);
  // Request bodies and proxy buffers would go to /var/lib/nginx; nothing here proxies, but nginx checks the folders.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(work, name)};`);
  writeFileSync(join(etc, 'conf.d/00-test-temp-paths.conf'), `${temp.join('\n')}\n`);
  if (brotli && !readdirSync(join(etc, 'modules-enabled')).some((f) => readFileSync(join(etc, 'modules-enabled', f), 'utf8').includes('brotli_static'))) {
    throw new Error(`${DEBIAN_CONF}/modules-enabled has no brotli_static module: apt-get install libnginx-mod-http-brotli-static`);
  }

  const child: ChildProcess = spawn(nginx, ['-p', work, '-e', join(work, 'error.log'), '-c', join(etc, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const address = `http://${listen}`;
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
      await fetch(`${address}/`);
      return { origin: `http://${PLAN_HOST}:${port}`, address, port, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const log = existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx did not start: ${stderr}\n${log}`);
}
