/** Sharing a page: where its QR code file is, next to the page it opens (chapters/3/qr.svg). */

/** The QR code's file name inside each page's folder. */
export const QR_FILE = 'qr.svg';

/** The QR code of a page at `pagePath` (its URL path, base included, ending in '/'). */
export const qrPath = (pagePath: string): string => `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}${QR_FILE}`;
