/** Where an indicator's page and files are, relative to the site base. */
export const indicatorPath = (id: string): string => `indicators/${id}/`;
/** Where the charts' image files are (SVG for the pages, PNG for link previews and downloads). */
export const CHARTS_DIR = 'indicators/charts';
export const indicatorDataPath = (id: string, ext: 'csv' | 'json'): string => `data/indicators/${id}.${ext}`;
