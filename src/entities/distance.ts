/** natural's Damerau-Levenshtein distance, by deep import (natural's main entry prints to stdout). */
import * as distance from 'natural/lib/natural/distance/index.js';

const impl = ((distance as { default?: unknown }).default ?? distance) as {
  DamerauLevenshteinDistance(a: string, b: string, options?: { restricted?: boolean }): number;
};

export function editDistance(a: string, b: string): number {
  return impl.DamerauLevenshteinDistance(a, b, { restricted: true });
}

/**
 * Is the edit distance of a and b at most `max`? A linear test comes first: the common prefix and
 * suffix must cover all of the shorter string but the characters `max` edits can disturb.
 * natural's distance runs only for the few pairs that pass: most pairs are far apart.
 */
export function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const short = Math.min(a.length, b.length);
  let p = 0;
  while (p < short && a[p] === b[p]) p++;
  let q = 0;
  while (q < short - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  // Each edit disturbs at most two characters of the shorter string.
  const need = max === 1 && a.length !== b.length ? short : short - 2 * max;
  if (p + q < need) return false;
  return editDistance(a, b) <= max;
}
