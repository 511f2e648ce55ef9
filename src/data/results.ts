/**
 * The publisher's 2021—2025 results (content/data/results.json), read and checked once
 * (src/lib/results/schema.ts). Shipped empty: the site then says that it holds the plan's targets, not
 * results. A missing file counts as an empty one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicators } from './indicators.ts';
import { parseResults, RESULTS_FILE, type Results } from '../lib/results/schema.ts';

/** Reads the results below `root`; an absent file is an empty one. */
function loadResults(root: string = process.cwd()): Results {
  const file = join(root, RESULTS_FILE);
  return existsSync(file) ? parseResults(readFileSync(file, 'utf8'), indicators) : { sources: {}, results: [] };
}

export const results: Results = loadResults();
/** True when the publisher has entered at least one value. */
export const hasResults = results.results.length > 0;
