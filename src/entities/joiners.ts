/**
 * Joiners inside organisation names: "Bank of England", "Procter & Gamble", "Department of Trade and
 * Industry", "Commission on Human Rights", "Department for Environment, Food and Rural Affairs".
 * Used by `extend` in chunk.ts while it grows a capitalised run.
 */
import type { Token } from '../doc/document.js';
import { nameWord } from './chunk.js';
import { EVENT_HEADS, GEO_HEADS, ORG_HEADS, ORG_WORDS } from './lexicon.js';
import { bare, hasTag, isCapitalised } from './match.js';

/**
 * Is the "and" at `at` inside "<head> of/for A and B" ("Ministry of Trade and Industry")? Not when A or B is a
 * place or person ("Bank of England and Barclays") or B opens a longer name.
 */
export function conjunctAfterOf(tokens: readonly Token[], i: number, at: number): boolean {
  const of = [at - 2, at - 3].find((k) => k > i && (tokens[k]!.norm === 'of' || tokens[k]!.norm === 'for'));
  if (of === undefined || !tokens.slice(i, of).some((t) => ORG_HEADS.has(bare(t)))) return false;
  const b = tokens[at + 1]!;
  if (tokens[at + 2] && isCapitalised(tokens[at + 2]!)) return false;
  return [...tokens.slice(of + 1, at), b].every((t) => isCapitalised(t) && !hasTag(t, ...PLACE_LIKE));
}

/** May an "of"/"&"/"and" at `at` join the run [i, at) to what follows? */
export function joins(tokens: readonly Token[], i: number, at: number, word: string): boolean {
  if (word === '&') return true;
  const heads = tokens.slice(i, at).some((t) => ORG_HEADS.has(bare(t)) || ORG_WORDS.has(bare(t)) || (word === 'of' && (EVENT_HEADS.has(bare(t)) || GEO_HEADS.has(bare(t)))));
  if (word === 'and') return heads && at - i >= 2 && ORG_WORDS.has(bare(tokens[at + 1]!)) === false && tokens[at + 2] !== undefined && ORG_WORDS.has(bare(tokens[at + 2]!));
  return heads;
}

/**
 * Heads that close an organisation name whose words are joined by "and", "of", "for", "on" or "&"
 * ("Securities and Exchange Commission", "Council on Foreign Relations"). Sports words ("United")
 * are left out: "Chelsea and Manchester United" are two clubs.
 */
export const JOIN_HEADS: ReadonlySet<string> = new Set([
  'institute', 'institution', 'association', 'council', 'department', 'ministry', 'commission', 'committee', 'union',
  'authority', 'agency', 'board', 'bureau', 'federation', 'foundation', 'society', 'office', 'trust', 'service', 'services',
  'organisation', 'organization', 'party', 'movement', 'customs', 'administration', 'confederation', 'chamber', 'alliance',
  'coalition', 'fund', 'court', 'courts', 'tribunal',
]);
const PLACE_LIKE = ['Place', 'Country', 'City', 'Person'];

/**
 * Index after "and/of/for/on/& <one to three name words ending in an organisation head>" at `at`,
 * when the run [i, at) can be the first half of one name (short, not a place or a person); else 0.
 */
export function joinedHead(tokens: readonly Token[], i: number, at: number): number {
  const j = tokens[at];
  if (!j || !['and', 'of', 'for', 'on', '&'].includes(j.norm)) return 0;
  const before = tokens[at - 1]!;
  // "Commission on Human Rights": "on" only right after the head.
  if (j.norm === 'on' && !JOIN_HEADS.has(bare(before))) return 0;
  // "Colorado Oil and Gas Association": a place may open the first half when a common word closes it.
  if (j.norm === 'and' && (at - i > 2 || hasTag(before, ...PLACE_LIKE))) return 0;
  for (let k = at + 1; k < at + 4 && tokens[k] && nameWord(tokens, k, false); k++) {
    if (JOIN_HEADS.has(bare(tokens[k]!)) || j.norm === 'on') return k + 1;
  }
  return 0;
}

/** Index after ", A, B and C" at `at` when the run so far is "<org head> of/for X"; else 0. */
export function listAhead(tokens: readonly Token[], i: number, at: number): number {
  const words = tokens.slice(i, at);
  if (!ORG_HEADS.has(bare(words[0]!)) || !words.some((t) => t.norm === 'of' || t.norm === 'for')) return 0;
  let k = at;
  while (tokens[k]?.text === ',' && tokens[k + 1] && nameWord(tokens, k + 1, false)) {
    k += 2;
    while (tokens[k] && nameWord(tokens, k, false)) k++;
    if (tokens[k]?.norm === 'and' && tokens[k + 1] && nameWord(tokens, k + 1, false)) {
      k += 2;
      while (tokens[k] && nameWord(tokens, k, false)) k++;
      return k;
    }
  }
  return 0;
}
