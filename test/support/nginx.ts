/**
 * Starts the system nginx (Debian's package; `.ci/run` installs it when missing) the way the README
 * tells a publisher to: Debian's own configuration (a copy of /etc/nginx, with nginx.conf and its stock
 * default site in sites-enabled/), deploy/nginx.conf copied to conf.d/plan.conf and its ADJUST lines
 * set (ports, host name, root, certificate, and for a subpath the base of the error pages). Every
 * server listens on the loopback addresses of both IP versions, 127.0.0.1 and [::1], as it would on
 * the machine's addresses: the plan's HTTPS server on one free port, and on another the plan's
 * redirect to HTTPS next to Debian's default site, as both would be on port 80. The certificate is a
 * throwaway self-signed one for the plan's host name, made by openssl (makeCertificate). With
 * `plainHttp` the file is first changed as its "plain HTTP only" CHOICE says. Only what a test cannot
 * use is changed: paths under /etc, /run and /var/log point into a temporary folder, and nginx stays
 * in the foreground. stop() ends the process it started and removes the folder.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import { freePort } from './free-port.ts';

const DEPLOY_CONF = join(ROOT, 'deploy/nginx.conf');
/** Debian's configuration, copied for each test run. */
const DEBIAN_CONF = '/etc/nginx';
/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** The host name the plan's server answers to in the test (a reserved .test name). */
export const PLAN_HOST = 'plan.test';

function findNginx(): string {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${candidate}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next one
    }
  }
  throw new Error(
    'No nginx found for the deployment test. Install it with `apt-get install nginx` (`sudo bash scripts/install-test-tools.sh` installs everything the tests need that is missing).',
  );
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

/** Replaces every line matching `pattern`, insisting there are exactly `count`, so the test cannot drift from the file. */
function replaceLines(conf: string, pattern: RegExp, replacement: string, what: string, count = 1): string {
  const matches = conf.match(new RegExp(pattern.source, 'gm'));
  if ((matches?.length ?? 0) !== count) throw new Error(`${what}: expected ${count} line(s) matching ${pattern}, found ${matches?.length ?? 0}`);
  return conf.replace(new RegExp(pattern.source, 'gm'), replacement);
}

/** A throwaway self-signed certificate for the plan's host name, as PEM, and the SPKI hash Chromium can be told to trust. */
export interface Certificate {
  cert: string;
  key: string;
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spki: string;
}

export function makeCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'plan-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '2',
          '-subj',
          `/CN=${PLAN_HOST}`,
          '-addext',
          `subjectAltName=DNS:${PLAN_HOST}`,
        ],
        { stdio: 'pipe' },
      );
    } catch (error) {
      throw new Error(`openssl could not make the test certificate (install it with \`apt-get install openssl\`): ${String(error)}`, { cause: error });
    }
    const der = execFileSync('openssl', ['pkey', '-in', key, '-pubout', '-outform', 'DER']);
    return { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8'), spki: createHash('sha256').update(der).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Nginx {
  /** The plan's origin as a reader's browser sees it: https://plan.test:PORT (plainHttp: http://plan.test:PORT). */
  origin: string;
  /** The plan's http:// origin: the redirect to HTTPS (plainHttp: the site itself). */
  httpOrigin: string;
  /** The port of origin and the port of httpOrigin. */
  port: number;
  httpPort: number;
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** The built site. */
  dir: string;
  /** '/' or a subpath such as '/plan/'. */
  base: string;
  /** The server's certificate (ignored with plainHttp). */
  certificate: Certificate;
  /** Switch brotli_static on (Debian's module must be installed and enabled in modules-enabled/). */
  brotli?: boolean;
  /** Apply the file's "plain HTTP only" CHOICE: no redirect, no TLS, no HSTS. */
  plainHttp?: boolean;
}

/** The plan's server block as a publisher would fill it in, on the given ports of both loopback addresses. */
function planConf(
  { base, certificate, brotli = false, plainHttp = false }: Omit<NginxOptions, 'dir' | 'certificate'> & { certificate: { cert: string; key: string } },
  root: string,
  port: number,
  httpPort: number,
): string {
  const what = 'deploy/nginx.conf';
  let site = readFileSync(DEPLOY_CONF, 'utf8');
  if (plainHttp) {
    // The CHOICE as the file words it: delete the redirect server, listen on 80, drop the TLS and HSTS lines.
    site = replaceLines(site, /^# http:\/\/ \(IPv4 and IPv6\)[^]*?\n}\n/, '', what);
    site = replaceLines(site, /^\s*listen 443 ssl http2;.*$/, '    listen 80;', what);
    site = replaceLines(site, /^\s*listen \[::\]:443 ssl http2;.*$/, '    listen [::]:80;', what);
    const from = site.search(/^\s*ssl_certificate /m);
    const to = site.search(/^\s*ssl_session_tickets .*$/m);
    if (from < 0 || to < from) throw new Error(`${what}: the lines from ssl_certificate to ssl_session_tickets are not there`);
    site = site.slice(0, from) + site.slice(site.indexOf('\n', to) + 1);
    site = replaceLines(site, /^\s*add_header Strict-Transport-Security .*$/, '', what);
  } else {
    site = replaceLines(site, /^\s*listen 443 ssl http2;.*$/, `    listen 127.0.0.1:${port} ssl http2;`, what);
    site = replaceLines(site, /^\s*listen \[::\]:443 ssl http2;.*$/, `    listen [::1]:${port} ssl http2;`, what);
    site = replaceLines(site, /^\s*ssl_certificate .*ADJUST.*$/, `    ssl_certificate ${certificate.cert};`, what);
    site = replaceLines(site, /^\s*ssl_certificate_key .*ADJUST.*$/, `    ssl_certificate_key ${certificate.key};`, what);
  }
  site = replaceLines(site, /^\s*listen 80;.*$/, `    listen 127.0.0.1:${httpPort};`, what);
  site = replaceLines(site, /^\s*listen \[::\]:80;.*$/, `    listen [::1]:${httpPort};`, what);
  site = replaceLines(site, /^\s*server_name .*ADJUST.*$/, `    server_name ${PLAN_HOST};`, what, plainHttp ? 1 : 2);
  site = replaceLines(site, /^\s*root \/var\/www\/plan;.*$/, `    root ${root};`, what);
  site = replaceLines(site, /^\s*default "\/";\s*# ADJUST.*$/, `    default "${base}";`, what);
  if (brotli) site = replaceLines(site, /^\s*# brotli_static on;.*$/, '    brotli_static on;', what);
  return site;
}

export async function startNginx({ dir, base, certificate, brotli = false, plainHttp = false }: NginxOptions): Promise<Nginx> {
  const nginx = findNginx();
  if (!existsSync(join(DEBIAN_CONF, 'nginx.conf'))) throw new Error(`${DEBIAN_CONF}/nginx.conf is missing: install Debian's nginx (apt-get install nginx)`);
  const work = mkdtempSync(join(tmpdir(), 'plan-nginx-'));
  const etc = join(work, 'etc');
  copyResolved(DEBIAN_CONF, etc);
  if (!existsSync(join(etc, 'sites-enabled/default')))
    throw new Error(`${DEBIAN_CONF}/sites-enabled/default is missing: the test checks the plan next to Debian's default site`);
  // modules-enabled/*.conf load modules by a path relative to the prefix (modules/…).
  symlinkSync('/usr/lib/nginx/modules', join(work, 'modules'));
  const root = base === '/' ? dir : join(work, 'www');
  if (base !== '/') {
    mkdirSync(root);
    symlinkSync(dir, join(root, base.replace(/^\/|\/$/g, '')));
  }
  const tls = { cert: join(work, 'plan.pem'), key: join(work, 'plan.key') };
  writeFileSync(tls.cert, certificate.cert);
  writeFileSync(tls.key, certificate.key, { mode: 0o600 });
  const [port, httpPort] = plainHttp ? await freePort().then((p) => [p, p]) : [await freePort(), await freePort()];
  writeFileSync(join(etc, 'conf.d/plan.conf'), planConf({ base, certificate: tls, brotli, plainHttp }, root, port!, httpPort!));

  // Debian's default site stays as shipped, on the plan's http:// port of both addresses.
  const defaultSite = join(etc, 'sites-enabled/default');
  let fallback = readFileSync(defaultSite, 'utf8');
  fallback = replaceLines(fallback, /^\s*listen 80 default_server;.*$/, `\tlisten 127.0.0.1:${httpPort} default_server;`, 'sites-enabled/default');
  fallback = replaceLines(fallback, /^\s*listen \[::\]:80 default_server;.*$/, `\tlisten [::1]:${httpPort} default_server;`, 'sites-enabled/default');
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

  const child: ChildProcess = spawn(nginx, ['-p', work, '-e', join(work, 'error.log'), '-c', join(etc, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(work, { recursive: true, force: true });
  };
  // Up once the default site answers on the http:// port (nginx opens every listening socket before it serves).
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`http://127.0.0.1:${httpPort}/`);
      const scheme = plainHttp ? 'http' : 'https';
      return { origin: `${scheme}://${PLAN_HOST}:${port}`, httpOrigin: `http://${PLAN_HOST}:${httpPort}`, port: port!, httpPort: httpPort!, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const log = existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx did not start: ${stderr}\n${log}`);
}
