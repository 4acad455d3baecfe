/** Token-level helpers shared by the entity rules: case tests, gazetteer and title matching. */
import type { Sentence, Token } from '../doc/document.js';
import { HONORIFICS, NOT_NAMES, OFFICES, PORTFOLIOS, TITLE_FIRST, TITLES } from './lexicon.js';
import type { EntityData, Phrase } from './types.js';

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

// These run for every token in several rules: ASCII first letters and a missing final period are
// answered without a regex or a new string.
export const isCapitalised = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t.text);
};
export const isAllCaps = (t: Token): boolean => LETTER.test(t.text) && !HAS_LOWER.test(t.text);
export const hasTag = (t: Token, ...tags: string[]): boolean => {
  for (const x of tags) if (t.tags.includes(x)) return true;
  return false;
};
export const bare = (t: Token): string => (t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm);

/** A headline or dateline in capitals: most of its words are all upper case. */
export const isCapsSentence = (s: Sentence): boolean => s.capitals;

/**
 * The longest gazetteer phrase starting at token i (case-sensitive, or case-blind in a capitals
 * line), optionally filtered; returns the phrase and the index after its last token.
 */
export function phraseAt(
  tokens: readonly Token[],
  i: number,
  data: EntityData,
  capsLine: boolean,
  keep: (p: Phrase) => boolean = () => true,
): { phrase: Phrase; end: number } | null {
  const first = tokens[i];
  if (!first) return null;
  // A capitals word in mixed-case text ("NAIROBI, March 3 -") may still be a known name.
  let caps = capsLine;
  caps ||= first.text.length >= 4 && isAllCaps(first);
  for (const p of data.phrases.get(first.norm) ?? []) {
    if (!keep(p) || i + p.texts.length > tokens.length) continue;
    if (caps && p.texts.length === 1 && NOT_NAMES.has(first.norm)) continue; // "US", "WHO" in a headline
    let ok = true;
    for (let k = 0; k < p.texts.length && ok; k++) ok = sameText(tokens[i + k]!, p.texts[k]!, caps);
    if (ok) return { phrase: p, end: i + p.texts.length };
  }
  return null;
}

function sameText(t: Token, want: string, caps: boolean): boolean {
  const got = t.text.replace(/’/g, "'");
  return got === want || (caps && got === want.toUpperCase());
}

const QUALIFIERS = new Set(['national', 'homeland', 'public', 'internal', 'foreign', 'social']);

/** Length in tokens of a title or honorific phrase at i ("Chief of Army Staff", "Gen ."), else 0. */
export function titleAt(tokens: readonly Token[], i: number): number {
  const head = tokens[i] ? bare(tokens[i]!) : '';
  const plain = TITLE_FIRST.has(head) || HONORIFICS.has(head) ? phraseTitle(tokens, i) : 0;
  // "Environment Secretary", "Competition Commissioner", "Trade Representative": a portfolio before an office.
  if (!plain && PORTFOLIOS.has(head) && tokens[i + 1] && OFFICES.has(bare(tokens[i + 1]!))) return 1 + phraseTitle(tokens, i + 1);
  // "National Security Minister", "Homeland Security Secretary", "Public Health Minister": a qualified portfolio.
  if (!plain && QUALIFIERS.has(head) && tokens[i + 2] && PORTFOLIOS.has(bare(tokens[i + 1]!)) && OFFICES.has(bare(tokens[i + 2]!))) return 2 + phraseTitle(tokens, i + 2);
  // "Secretary of State for Foreign and Commonwealth Affairs": an office of state takes a portfolio too.
  const office = plain && (OFFICES.has(bare(tokens[i + plain - 1]!)) || bare(tokens[i + plain - 1]!) === 'state');
  return office ? plain + portfolioTail(tokens, i + plain) : plain;
}

/**
 * "Minister of Trade and Industry", "Assistant Secretary for Near Eastern Affairs": the portfolio after an
 * office, up to "Affairs" or over portfolio words joined by "and". Length from `k` (the "of"/"for"), or 0.
 */
function portfolioTail(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm !== 'of' && tokens[k]?.norm !== 'for') return 0;
  const capital = (t: Token | undefined) => !!t && UPPER_START.test(t.text);
  for (let j = k + 1; j < k + 5 && capital(tokens[j]); j++) if (bare(tokens[j]!) === 'affairs') return j + 1 - k;
  let j = k + 1;
  while (capital(tokens[j]) && PORTFOLIOS.has(bare(tokens[j]!))) j += tokens[j + 1]?.norm === 'and' && capital(tokens[j + 2]) && PORTFOLIOS.has(bare(tokens[j + 2]!)) ? 3 : 1;
  return j > k + 1 ? j - k : 0;
}

function phraseTitle(tokens: readonly Token[], i: number): number {
  let best = 0;
  let words = '';
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    const t = tokens[k]!;
    if (t.text === '.' && k > i) {
      if (best === k - i) best = k - i + 1; // "Gen." keeps its period
      continue;
    }
    words = words ? `${words} ${bare(t)}` : bare(t);
    if (TITLES.has(words) || HONORIFICS.has(words)) best = k - i + 1;
  }
  return best;
}

/** True when the title phrase at [i, end) is an honorific (Mr, Mrs): a cue, not a role. */
export const isHonorific = (tokens: readonly Token[], i: number): boolean => HONORIFICS.has(bare(tokens[i]!));

/** Words the article writes in lower case somewhere ("revenue", "group"): built once per rule run, one pass over the tokens. */
export function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (/^\p{Ll}+$/u.test(t.text)) out.add(t.text);
  return out;
}

/**
 * "Total Revenue 1,234", "Group sales fell": one capitalised word the same article also writes in
 * lower case ("revenue rose") is that common word, not a name.
 */
export const commonWord = (t: Token, lower: ReadonlySet<string>): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && lower.has(t.norm);
