import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePublisher, publisherJsonSchema, PUBLISHER_FILE } from '../../../src/lib/publisher.ts';
import { loadPublisher } from '../../../src/lib/publisher.ts';
import { ROOT } from '../../support/paths.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/publisher', name), 'utf8');

describe('parsePublisher', () => {
  it('accepts an empty file and shows nothing that was not set', () => {
    const p = parsePublisher('{}');
    expect(p.document).toEqual({});
    expect(p.site).toEqual({});
    expect(p.offline.enabled).toBe(true);
  });

  it('accepts the complete sample with every field', () => {
    const p = parsePublisher(fixture('complete.json'));
    expect(p.document.pdf).toEqual({ url: 'https://www.example.gov.cn/files/plan.pdf', bytes: 1258291, pages: 48 });
    expect(p.site.icp).toBe('蜀ICP备00000000号');
    expect(p.offline.enabled).toBe(false);
  });

  it('names the file and the field of a misspelled key', () => {
    expect(() => parsePublisher('{"document":{"isuer":"x"}}')).toThrow(
      /publisher\.json.*\n.*publisher\.json:1, field "document\.isuer": unknown field \(did you mean "issuer"\?\)/,
    );
  });

  it('names each bad field with a message a person can act on', () => {
    const bad = JSON.stringify({
      document: { signedDate: '2021-02-30', pdf: { url: 'ftp://x/plan.pdf' } },
      site: { siteCode: '51-00', contact: { email: 'nobody' } },
    });
    const message = (() => {
      try {
        parsePublisher(bad);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toContain('has 4 problems');
    expect(message).toContain('field "document.signedDate": this date does not exist');
    expect(message).toContain('field "document.pdf.url": must be an http(s) address or a path inside public/');
    expect(message).toContain('field "site.siteCode"');
    expect(message).toContain('field "site.contact.email": must be an e-mail address');
  });

  it('says where invalid JSON is', () => {
    expect(() => parsePublisher('{"document": }')).toThrow(/content\/settings\/publisher\.json: is not valid JSON/);
  });

  it('refuses empty texts: a fact is either set or left out', () => {
    expect(() => parsePublisher('{"document":{"issuer":"  "}}')).toThrow(/field "document.issuer": leave the key out/);
  });
});

describe('the shipped settings', () => {
  it('are valid and leave every document fact unset (nothing is guessed)', () => {
    const p = loadPublisher(ROOT);
    expect(p.document).toEqual({});
  });

  it('come with an up-to-date JSON Schema for editors (npm run settings:schema)', () => {
    expect(readFileSync(join(ROOT, 'content/settings/publisher.schema.json'), 'utf8')).toBe(publisherJsonSchema());
  });
});

describe('loadPublisher', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'publisher-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const withSettings = (json: string, publicFiles: string[] = []) => {
    const root = mkdtempSync(join(scratch, 'p-'));
    mkdirSync(join(root, 'content/settings'), { recursive: true });
    writeFileSync(join(root, PUBLISHER_FILE), json);
    for (const f of publicFiles) {
      mkdirSync(join(root, 'public', f, '..'), { recursive: true });
      writeFileSync(join(root, 'public', f), 'x');
    }
    return root;
  };

  it('accepts a PDF copied into public/', () => {
    const root = withSettings('{"document":{"pdf":{"url":"files/plan.pdf"}}}', ['files/plan.pdf']);
    expect(loadPublisher(root).document.pdf?.url).toBe('files/plan.pdf');
  });

  it('refuses a site file that is not in public/', () => {
    const root = withSettings('{"document":{"pdf":{"url":"files/missing.pdf"}}}');
    expect(() => loadPublisher(root)).toThrow('field "document.pdf.url": “public/files/missing.pdf” does not exist');
  });

  it('says how to restore a missing file', () => {
    const root = mkdtempSync(join(scratch, 'none-'));
    expect(() => loadPublisher(root)).toThrow(/is missing/);
  });

  it('reads the complete sample fixture as a project would', () => {
    const root = withSettings(fixture('complete.json'));
    cpSync(join(ROOT, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
    expect(loadPublisher(root).site.govBadge?.image).toBe('favicon.svg');
  });
});
