/**
 * A minimal client of classic W3C WebDriver (https://www.w3.org/TR/webdriver2/), the only protocol
 * WebKitGTK's WebKitWebDriver speaks (it has no BiDi: a session asking for webSocketUrl is refused).
 * Only the commands the engine suite uses; every error answer becomes an exception naming the command.
 */
class WebDriverError extends Error {
  readonly command: string;
  readonly error: string;

  constructor(command: string, error: string, message: string) {
    super(`WebDriver ${command}: ${error}${message ? `: ${message}` : ''}`);
    this.command = command;
    this.error = error;
  }
}

/** The key of an element reference in WebDriver JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverSession {
  private readonly server: string;
  readonly id: string;
  readonly capabilities: Record<string, unknown>;

  private constructor(server: string, id: string, capabilities: Record<string, unknown>) {
    this.server = server;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** POST /session: a new browser session with these capabilities (alwaysMatch). */
  static async create(server: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = await call<{ sessionId: string; capabilities: Record<string, unknown> }>(server, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new WebDriverSession(server, value.sessionId, value.capabilities);
  }

  private command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return call<T>(this.server, method, `/session/${this.id}${path}`, body);
  }

  setTimeouts(timeouts: { script?: number; pageLoad?: number; implicit?: number }): Promise<void> {
    return this.command('POST', '/timeouts', timeouts);
  }

  /** Navigates and waits for the load event (pageLoadStrategy normal). */
  navigate(url: string): Promise<void> {
    return this.command('POST', '/url', { url });
  }

  currentUrl(): Promise<string> {
    return this.command('GET', '/url');
  }

  refresh(): Promise<void> {
    return this.command('POST', '/refresh', {});
  }

  setWindowRect(rect: { width: number; height: number }): Promise<{ width: number; height: number }> {
    return this.command('POST', '/window/rect', rect);
  }

  /** Runs `script` as a function body; it ends by calling its last argument with the result. */
  executeAsync<T>(script: string, args: unknown[]): Promise<T> {
    return this.command('POST', '/execute/async', { script, args });
  }

  /** Runs `script` as a function body and returns what it returns. */
  execute<T>(script: string, args: unknown[] = []): Promise<T> {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Element Click: scrolls the element into view and clicks its centre, as a pointer would. */
  async click(selector: string): Promise<void> {
    const found = await this.command<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector });
    await this.command('POST', `/element/${found[ELEMENT]}/click`, {});
  }

  delete(): Promise<void> {
    return this.command('DELETE', '');
  }
}

/**
 * Longer than any timeout the session sets (page load 30 s, script 60 s), so the driver's own error
 * normally comes first; a command that gets no answer at all fails here, naming itself.
 */
const COMMAND_TIMEOUT_MS = 75_000;

async function call<T>(server: string, method: string, path: string, body?: unknown): Promise<T> {
  const command = `${method} ${path.replace(/^\/session\/[^/]+/, '')}`;
  let response: Response;
  let json: { value: T & { error?: string; message?: string } };
  try {
    response = await fetch(`${server}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
    });
    json = (await response.json()) as typeof json;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'TimeoutError') {
      throw new WebDriverError(command, 'no answer', `the driver did not answer within ${COMMAND_TIMEOUT_MS / 1000} s`);
    }
    throw err;
  }
  if (!response.ok || (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)) {
    throw new WebDriverError(command, json.value.error ?? String(response.status), json.value.message ?? '');
  }
  return json.value;
}

/** Waits until the driver at `server` answers /status, or throws after `ms`. */
export async function waitForDriver(server: string, ms: number, exited: () => string | null): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const gone = exited();
    if (gone !== null) throw new Error(gone);
    try {
      const r = await fetch(`${server}/status`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`WebDriver at ${server} did not answer within ${ms} ms`);
}
