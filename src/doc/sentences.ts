/**
 * Sentence boundaries, in one linear left-to-right scan (natural's tokenizer is quadratic on long
 * text, and compromise needs bounded chunks anyway).
 *
 * A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a likely sentence
 * opener, or at a line break, unless the line is hard-wrapped (the next line starts in lower case).
 * Abbreviations ("Gen.", "Jan. 5", "U.S. officials") and decimals do not end sentences. A "sentence"
 * never exceeds MAX_SENTENCE characters: longer runs are cut at the last space before the limit.
 */
import {
  FUNCTION_STARTERS,
  NAME_SUFFIX_ABBREVIATIONS,
  NON_TERMINAL_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';

export const MAX_SENTENCE = 1000;

export interface Range {
  start: number;
  end: number;
}

export function splitSentences(text: string, from = 0, to = text.length): Range[] {
  const out: Range[] = [];
  let start = skipSpace(text, from, to);
  let at = start;
  let m: Range | null;
  while (start < to && (m = nextTerminal(text, at, to))) {
    at = m.end;
    const newline = text[m.start] === '\n';
    if (newline ? continuesLine(text, m.start, to) : !endsSentence(text, m.start, m.end, to)) continue;
    pushBounded(text, start, newline ? m.start : m.end, out);
    start = skipSpace(text, m.end, to);
    at = start;
  }
  if (start < to) pushBounded(text, start, to, out);
  return out;
}

const STOP = /[.!?…\n]/g;
const CLOSER = /["'”’)\]]/u;

/**
 * The next candidate sentence end at or after `from` (starting before `to`): a line break, or a run
 * of . ! ? … plus closing quotes/brackets followed by whitespace. A run not followed by whitespace
 * is skipped whole: a regex with a lookahead would retry it from every position, quadratic on a
 * page of dots.
 */
function nextTerminal(text: string, from: number, to: number): Range | null {
  STOP.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = STOP.exec(text)) && m.index < to) {
    const start = m.index;
    if (m[0] === '\n') return { start, end: start + 1 };
    let end = start + 1;
    while (end < text.length && '.!?…'.includes(text[end]!)) end++;
    while (end < text.length && CLOSER.test(text[end]!)) end++;
    if (end < text.length && /\s/u.test(text[end]!)) return { start, end };
    STOP.lastIndex = end;
  }
  return null;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/u.test(text[i]!)) i++;
  return i;
}

/** Trims trailing space, then cuts runs longer than MAX_SENTENCE at whitespace (or hard). */
function pushBounded(text: string, start: number, end: number, out: Range[]): void {
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = lastSpace(text, start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
    // never cut a surrogate pair in two
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
    out.push({ start, end: cut });
    start = skipSpace(text, cut, end);
  }
  if (end > start) out.push({ start, end });
}

/** The last space in (from, to], else `to`: bounded, as lastIndexOf would scan back to the start of the text. */
function lastSpace(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) if (text[i] === ' ') return i;
  return to;
}

/** A single line break inside a paragraph of hard-wrapped text does not end the sentence. */
function continuesLine(text: string, nl: number, to: number): boolean {
  let before = nl - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\r' || text[before] === '\t')) before--;
  const prev = text[before] ?? '';
  const next = text[nl + 1] ?? '';
  if (nl + 1 >= to || next === '\n' || next === '\r') return false;
  if (!/[\p{Ll},;]/u.test(prev)) return false;
  const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
  return /\p{Ll}/u.test(next) || (nl - lineStart >= 40 && /[\p{L}\p{N}“"‘']/u.test(next));
}

/** Words that go on a clock time after "a.m."/"p.m.": zones, days, months. */
const CLOCK_FOLLOWERS: ReadonlySet<string> = new Set([
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'jst', 'aest',
  'eastern', 'central', 'pacific', 'mountain', 'local', 'today', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

function endsSentence(text: string, dot: number, cut: number, to: number): boolean {
  const next = skipSpace(text, cut, to);
  if (next >= to) return true;
  const ch = text[next]!;
  const opens = /[\p{Lu}\p{N}"'“‘(\[]/u.test(ch);
  if (text[dot] !== '.') return opens;
  const word = wordBefore(text, dot);
  const key = word.toLowerCase();
  const upper = /\p{Lu}/u.test(ch);
  const nextWord = (/^\p{L}+/u.exec(text.slice(next, next + 30))?.[0] ?? '').toLowerCase();
  // "Gen. Munir", "Mr. Smith", "Roe v. Wade", "J. Smith": only a word no name starts with ends the
  // sentence ("...on Main St. The house", "...took vitamin C. It helped").
  // "wrote on X. German officials": a letter after "on"/"via" names a platform, not a person's initial.
  if (/^\p{Lu}$/u.test(word) && /\b(on|via)\s$/i.test(text.slice(Math.max(0, dot - 5), dot - 1))) return upper;
  if (TITLE_ABBREVIATIONS.has(key) || /^\p{Lu}$/u.test(word)) return upper && FUNCTION_STARTERS.has(nextWord);
  // "Robert Kennedy Jr. said" never splits; "...said Robert Kennedy Jr. The lawsuit" does.
  if (NAME_SUFFIX_ABBREVIATIONS.has(key)) return upper && SENTENCE_STARTERS.has(nextWord);
  if (NON_TERMINAL_ABBREVIATIONS.has(key) && /[\p{N}\p{Ll}]/u.test(ch)) return false; // "Jan. 5", "approx. 40"
  // "before 10 a.m. Business owners …" ends; "at 10 a.m. Tuesday", "7 p.m. EST" do not.
  if ((key === 'a.m' || key === 'p.m') && upper) return !CLOCK_FOLLOWERS.has(nextWord);
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S." ends a sentence only before a typical sentence opener: "...the U.S. The talks", "...the U.S.
    // Shares rose", but not in a title-case heading ("U.S. Shares Rise") nor before a name ("U.S. Army").
    if (!upper || !SENTENCE_STARTERS.has(nextWord)) return false;
    return FUNCTION_STARTERS.has(nextWord) || !capitalisedAfter(text, next + nextWord.length, to);
  }
  return opens;
}

/** The letters and dots just before a period ("U.S", "Gen"), at most 30 characters back. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < 30 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** Does the word after position `i` (past spaces on the same line) start with a capital? */
function capitalisedAfter(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && j - i < 10 && (text[j] === ' ' || text[j] === '\t')) j++;
  return j > i && j < to && /\p{Lu}/u.test(text[j]!);
}
