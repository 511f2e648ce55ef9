import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrModules, qrSvg } from '../../../src/lib/qr-svg.ts';
import { readQrSvg, svgModules } from '../../support/qr.ts';

describe('qrSvg', () => {
  const url = 'https://rsj.example.gov.cn/plan/chapters/10/';

  it('encodes the address so that a QR reader gets it back exactly', () => {
    expect(readQrSvg(qrSvg(url, '二维码'))).toBe(url);
    expect(readQrSvg(qrSvg('https://plan.test/', '二维码'))).toBe('https://plan.test/');
  });

  it('draws exactly the modules of the symbol, inside a quiet zone of four modules', () => {
    const modules = qrModules(url);
    const { size, dark } = svgModules(qrSvg(url, '二维码'));
    expect(size).toBe(modules.length + 2 * QUIET_ZONE);
    const inner = dark.slice(QUIET_ZONE, -QUIET_ZONE).map((row) => row.slice(QUIET_ZONE, -QUIET_ZONE));
    expect(inner).toEqual(modules);
    expect(dark.slice(0, QUIET_ZONE).flat().some(Boolean)).toBe(false);
  });

  it('names the address in its title, escaped', () => {
    expect(qrSvg('https://a.test/?x=1&y=<2>', '二维码：https://a.test/?x=1&y=<2>')).toContain('<title>二维码：https://a.test/?x=1&amp;y=&lt;2&gt;</title>');
  });
});
