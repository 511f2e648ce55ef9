/** A virtual X display for WebKitGTK, which needs one even under automation. stop() ends the Xvfb it started. */
import { spawn } from 'node:child_process';
import { findProgram, XVFB } from './find-binary.ts';

export interface Display {
  /** e.g. ":3", for DISPLAY. */
  display: string;
  stop(): Promise<void>;
}

export async function startXvfb(): Promise<Display> {
  // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once it accepts clients.
  const child = spawn(findProgram(XVFB), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const number = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${stderr}`)), 10_000);
    child.stdio[3]!.on('data', (d) => {
      clearTimeout(timer);
      resolve(String(d).trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}: ${stderr}`));
    });
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });
  return { display: `:${number}`, stop };
}
