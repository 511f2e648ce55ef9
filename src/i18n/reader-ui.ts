/**
 * The reading tools' UI strings (无障碍, read-aloud, links and citations), kept as data in
 * reader-ui.json (site.fullName there is the plan's full name: the site's title, and the title in
 * citations). Part of the UI strings (src/i18n/ui.ts spreads them in, so t('reader.…') works
 * everywhere). The browser gets them as that file, fetched with the reading tools' lazy module
 * (src/reader/lazy.ts), not as text inside a script.
 */
import strings from './reader-ui.json' with { type: 'json' };

export const readerUi: Readonly<typeof strings> = strings;
