/** /reader-tools.json: the reading tools' strings and panel markup (src/reader/resources.ts). */
export { GET } from '../reader/resources.ts';
