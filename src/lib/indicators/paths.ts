/** Where an indicator's page and files are, relative to the site base. */
export const indicatorPath = (id: string): string => `indicators/${id}/`;
export const indicatorDataPath = (id: string, ext: 'csv' | 'json'): string => `data/indicators/${id}.${ext}`;
