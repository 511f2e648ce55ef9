/**
 * A page's <meta> elements beyond the basics: the Chinese government website page metadata
 * (SiteName, SiteDomain, SiteIDCode, ColumnName, ArticleTitle, PubDate, ContentSource, Keywords;
 * Description is the page's `description`) and the Open Graph tags link previews read. Only values
 * that exist: what the publisher has not set (src/lib/publisher.ts) is left out, never guessed, and
 * og:url only when the build knows its address (SITE_URL).
 */
import type { Publisher } from './publisher.ts';

export interface MetaTag {
  /** `name` for metadata, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export interface PageMetaInput {
  settings: Publisher;
  /** The site's own name (SiteName, og:site_name). */
  siteName: string;
  /** The page's title as a preview shows it (og:title). */
  title: string;
  description: string;
  /** The page's absolute address, when the build knows it. */
  url?: string;
  /** The page's article title, on pages that show the plan's text (home, chapters, full text); else not an article. */
  articleTitle?: string;
  /** An image that shows what the page is about (an indicator's chart), absolute, with its text: og:image. */
  image?: { url: string; alt: string };
}

export function pageMeta({ settings, siteName, title, description, url, articleTitle, image }: PageMetaInput): MetaTag[] {
  const tags: MetaTag[] = [];
  const name = (key: string, content: string | undefined) => content && tags.push({ attribute: 'name', key, content });
  const property = (key: string, content: string | undefined) => content && tags.push({ attribute: 'property', key, content });
  const { site, document } = settings;
  name('SiteName', siteName);
  name('SiteDomain', site.domain ?? (url ? new URL(url).host : undefined));
  name('SiteIDCode', site.siteCode);
  name('ColumnName', site.columnName);
  if (articleTitle) {
    name('ArticleTitle', articleTitle);
    name('PubDate', document.publishedDate);
    name('ContentSource', document.issuer);
  }
  name('Keywords', site.keywords?.join(','));
  property('og:title', title);
  property('og:description', description);
  property('og:url', url);
  if (image) {
    property('og:image', image.url);
    property('og:image:alt', image.alt);
    name('twitter:card', 'summary_large_image');
  }
  return tags;
}
