/** A bad publisher settings file stops the build at once, naming the file and the field. */
import { afterAll, describe, expect, it } from 'vitest';
import { scratchBuilds } from '../support/scratch-build.ts';

const scratch = scratchBuilds('plan-publisher-');
afterAll(() => scratch.cleanup());

describe('publisher settings validation', () => {
  it('fails the build naming the file and a misspelled field', () => {
    const { status, output } = scratch.buildWith('content/settings/publisher.json', (t) => t.replace('"document": {}', '"document": { "isssuer": "x" }'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/settings/publisher.json');
    expect(output).toContain('field "document": unknown key(s) "isssuer"');
  }, 120_000);
});
