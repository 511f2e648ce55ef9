import { describe, expect, it } from 'vitest';
import { normaliseBasePath, siteAddress } from '../../../src/lib/site-address.ts';

describe('siteAddress', () => {
  it('defaults to no site and the root base', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/' });
    expect(siteAddress({ SITE_URL: '', BASE_PATH: '' })).toEqual({ site: undefined, base: '/' });
  });

  it('keeps the origin of SITE_URL and normalises BASE_PATH to leading and trailing slashes', () => {
    expect(siteAddress({ SITE_URL: 'https://rsj.example.gov.cn', BASE_PATH: '/plan' })).toEqual({ site: 'https://rsj.example.gov.cn', base: '/plan/' });
    expect(siteAddress({ SITE_URL: 'http://10.0.0.5:8080/', BASE_PATH: '/a/b/' })).toEqual({ site: 'http://10.0.0.5:8080', base: '/a/b/' });
  });

  it('takes a path in SITE_URL as the base path, and refuses one that contradicts BASE_PATH', () => {
    expect(siteAddress({ SITE_URL: 'https://owner.github.io/repo/' })).toEqual({ site: 'https://owner.github.io', base: '/repo/' });
    expect(siteAddress({ SITE_URL: 'https://owner.github.io/repo', BASE_PATH: '/repo/' })).toEqual({ site: 'https://owner.github.io', base: '/repo/' });
    expect(() => siteAddress({ SITE_URL: 'https://h/a/', BASE_PATH: '/b/' })).toThrow(/^SITE_URL=https:\/\/h\/a\/ has the path \/a\/ but BASE_PATH=\/b\//);
  });

  it('refuses what is not an http(s) origin, naming SITE_URL', () => {
    expect(() => siteAddress({ SITE_URL: 'rsj.example.gov.cn' })).toThrow(/^SITE_URL=rsj.example.gov.cn is not an absolute URL/);
    expect(() => siteAddress({ SITE_URL: 'ftp://example.gov.cn' })).toThrow(/^SITE_URL=ftp:\/\/example.gov.cn must start with https:\/\/ or http:\/\//);
    expect(() => siteAddress({ SITE_URL: 'javascript:alert(1)' })).toThrow(/^SITE_URL=/);
    expect(() => siteAddress({ SITE_URL: 'https://user:pw@example.gov.cn' })).toThrow(/^SITE_URL=.*user name/);
    expect(() => siteAddress({ SITE_URL: 'https://example.gov.cn/?a=1' })).toThrow(/^SITE_URL=.*query/);
  });
});

describe('normaliseBasePath', () => {
  it('refuses empty segments, dot segments, odd characters and a missing leading slash, naming the variable', () => {
    expect(() => normaliseBasePath('/plan//', 'BASE_PATH')).toThrow(/^BASE_PATH=\/plan\/\/ has an empty segment \("\/\/"\); write it as \/plan\/$/);
    expect(() => normaliseBasePath('//', 'BASE_PATH')).toThrow(/^BASE_PATH=\/\/ has an empty segment/);
    expect(() => normaliseBasePath('/a/../b/', 'BASE_PATH')).toThrow(/^BASE_PATH=.*"\.\."/);
    expect(() => normaliseBasePath('/规划/', 'BASE_PATH')).toThrow(/^BASE_PATH=.*"规划" is not allowed/);
    expect(() => normaliseBasePath('plan/', 'BASE_PATH')).toThrow(/^BASE_PATH=plan\/ must start with "\/"/);
  });

  it('accepts the root and ordinary paths', () => {
    expect(normaliseBasePath('/', 'BASE_PATH')).toBe('/');
    expect(normaliseBasePath('/plan-2021_v1.0/', 'BASE_PATH')).toBe('/plan-2021_v1.0/');
  });
});
