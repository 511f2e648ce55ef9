/**
 * Zod issues as messages a maintainer can act on: one per field, naming it, and for a misspelt key
 * the key it probably meant (`parnet` -> did you mean "parent"?). Used by every data schema and the
 * frontmatter check, so all of them read alike.
 */
import type { z } from 'astro/zod';

export interface FieldIssue {
  /** Dotted path of the field; '(record)' for the record as a whole. */
  field: string;
  message: string;
}

/** Edit distance, for suggesting the key a misspelt one meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known key closest to `key`, when it is close enough to be a misspelling. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const best = [...known].sort((a, b) => distance(key, a) - distance(key, b))[0];
  return best !== undefined && distance(key, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * One message per issue; unknown keys one message each. `known` gives the keys a record may have at
 * a path ('' for the top level), for suggestions.
 */
export function fieldIssues(error: z.ZodError, known: (path: string) => readonly string[] = () => []): FieldIssue[] {
  const out: FieldIssue[] = [];
  // A misspelt required key is one mistake: "unknown field (did you mean …)", not also "… is missing".
  const meant = new Set<string>();
  const misspelt = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.map(String).join('.');
    misspelt.add(path);
    for (const key of issue.keys) {
      const guess = closestKey(key, known(path));
      if (guess) meant.add(path ? `${path}.${guess}` : guess);
    }
  }
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = closestKey(key, known(path));
        out.push({ field: path ? `${path}.${key}` : key, message: `unknown field${guess ? ` (did you mean "${guess}"?)` : ''}` });
      }
    } else if (meant.has(path) && issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
      // the key it meant is missing because it is misspelt: said above
    } else if (issue.code === 'custom' && (meant.has(path) || [...misspelt].some((m) => m === path || m.startsWith(`${path}.`) || path === ''))) {
      // a check of a record or value with a misspelt key would only repeat it
    } else {
      out.push({ field: path || '(record)', message: issue.message });
    }
  }
  return out;
}

/** The keys of an object schema, for fieldIssues' suggestions. */
export const keysOf = (schema: { shape: Record<string, unknown> }): string[] => Object.keys(schema.shape);
