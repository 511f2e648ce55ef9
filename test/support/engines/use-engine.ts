/**
 * The setup of a cross-engine test file: for each engine, a describe block that serves the root build
 * through the recording server, starts the engine in beforeAll and stops both in afterAll. A missing
 * engine fails every test of its block (failed, not skipped) with the message saying how to install
 * it. Tabs opened with ctx.open() are closed after each test.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { assertBuilt } from '../dist.ts';
import { BUILDS, type Build } from '../paths.ts';
import type { Engine, EngineName, EngineTab } from './engine.ts';
import { launchFirefox } from './firefox.ts';
import { serveRecorded, type RecordingServer } from './recording-server.ts';
import { launchWebKit } from './webkit.ts';

const ENGINES: readonly EngineName[] = ['webkit', 'firefox'];

export interface EngineContext {
  readonly name: EngineName;
  /** Available inside tests and hooks. */
  readonly engine: Engine;
  readonly server: RecordingServer;
  /** A new tab with empty storage, closed after the test. */
  open(): Promise<EngineTab>;
}

const LAUNCH = { webkit: launchWebKit, firefox: launchFirefox } as const;

function useEngine(name: EngineName, build: Build = BUILDS[0]!): EngineContext {
  assertBuilt(build.dir);
  let engine: Engine | undefined;
  let server: RecordingServer | undefined;
  const tabs: EngineTab[] = [];
  let launchError: unknown;
  beforeAll(async () => {
    try {
      // WebKit's driver has no log API: its pages get the error probe from the server.
      server = await serveRecorded(build, { probe: name === 'webkit' });
      engine = await LAUNCH[name](server);
    } catch (err) {
      launchError = err;
    }
  }, 60_000);
  // A failing beforeAll would leave the block's tests "skipped"; failing each test says it louder.
  beforeEach(() => {
    if (launchError) throw launchError;
  });
  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.close();
  });
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useEngine(${name}): ${what} is only available inside tests and hooks, after a successful launch`);
    return value;
  };
  return {
    name,
    get engine() {
      return need(engine, 'the engine');
    },
    get server() {
      return need(server, 'the server');
    },
    async open() {
      const tab = await need(engine, 'the engine').open();
      tabs.push(tab);
      return tab;
    },
  };
}

/** describe(title) once per engine, each with its own engine and server; `body` declares the tests. */
export function describeEngines(title: string, body: (ctx: EngineContext) => void): void {
  describe.each(ENGINES)(`%s: ${title}`, (name) => body(useEngine(name)));
}
