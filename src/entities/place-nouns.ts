/** Place nouns after a name ("the Gauteng province", "the Bab el-Mandeb strait"), which make it a place. */
import type { Token } from '../doc/document.js';

/** Lower-case nouns of places: administrative ones (GPE), and natural ones and regions (LOC). */
export const NATURAL_PLACES = new Set(['region', 'regions', 'strait', 'river', 'rivers', 'valley', 'desert', 'island', 'islands', 'lake', 'canal', 'peninsula', 'basin', 'mountains', 'coast', 'delta', 'plateau']);
const PLACE_NOUNS = new Set([...NATURAL_PLACES, 'province', 'provinces', 'district', 'districts', 'county', 'counties', 'state', 'states', 'municipality', 'prefecture', 'governorate', 'oblast', 'township', 'village', 'villages', 'town', 'towns']);

/** The place noun at k, or after "and"/"," and a second name ("Western Cape and Gauteng provinces"); else ''. */
export function placeNounAfter(tokens: readonly Token[], k: number): string {
  const at = (j: number) => !!tokens[j] && /^\p{Ll}/u.test(tokens[j]!.text) && PLACE_NOUNS.has(tokens[j]!.norm);
  if (at(k)) return tokens[k]!.norm;
  if (tokens[k]?.norm !== 'and' && tokens[k]?.text !== ',') return '';
  let j = k + 1;
  while (j < k + 4 && tokens[j] && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
  return j > k + 1 && at(j) && /s$/.test(tokens[j]!.norm) ? tokens[j]!.norm : '';
}
