/**
 * The site's identity lines for the footer, from the publisher's settings: only what is set, in the
 * order Chinese government websites show it. The ICP number links to the MIIT filing site; the public
 * security filing number to the MPS filing site's record of its digits.
 */
import type { Publisher } from './publisher.ts';
import { t, type UiKey } from '../i18n/ui.ts';

export interface IdentityItem {
  label: string;
  text: string;
  href?: string;
}

/** Where ICP numbers are looked up (工业和信息化部 ICP/IP地址/域名信息备案管理系统). */
const MIIT_FILING = 'https://beian.miit.gov.cn/';
/** The public security filing site's page for a record number (全国互联网安全管理服务平台). */
const mpsFiling = (code: string): string => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;

/** 028-86000000转1234 -> tel:02886000000;ext=1234 (RFC 3966): the digits a phone dials. */
const telHref = (phone: string): string => {
  const [number = '', extension] = phone.split('转');
  return `tel:${number.replace(/[^\d+]/gu, '')}${extension ? `;ext=${extension.replace(/\D/gu, '')}` : ''}`;
};

export function footerIdentity(site: Publisher['site']): IdentityItem[] {
  const items: IdentityItem[] = [];
  const add = (label: UiKey, text: string | undefined, href?: string) => {
    if (text) items.push({ label: t(label), text, ...(href ? { href } : {}) });
  };
  add('footer.sponsor', site.sponsor);
  add('footer.organizer', site.organizer);
  add('footer.phone', site.contact?.phone, site.contact?.phone ? telHref(site.contact.phone) : undefined);
  add('footer.email', site.contact?.email, site.contact?.email ? `mailto:${site.contact.email}` : undefined);
  add('footer.address', site.contact?.address);
  add('footer.siteCode', site.siteCode);
  add('footer.icp', site.icp, MIIT_FILING);
  const police = site.police?.match(/\d{6,}/u)?.[0];
  add('footer.police', site.police, police ? mpsFiling(police) : undefined);
  return items;
}
