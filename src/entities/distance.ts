/** natural's Damerau-Levenshtein distance, by deep import (natural's main entry prints to stdout). */
import * as distance from 'natural/lib/natural/distance/index.js';

const impl = ((distance as { default?: unknown }).default ?? distance) as {
  DamerauLevenshteinDistance(a: string, b: string, options?: { restricted?: boolean }): number;
};

export function editDistance(a: string, b: string): number {
  return impl.DamerauLevenshteinDistance(a, b, { restricted: true });
}
