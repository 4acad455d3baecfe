/**
 * Span helpers for verb claims: a content interrupted by its attribution ("“A,” he said, “B.”",
 * "But, he said, C") and the appositive kept with an inverted source ("said S, a lawyer.").
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Span } from '../schema/span.js';
import { quoteEndAfter, sideOf } from '../cues/quotes.js';
import { contentSpan } from './content.js';
import { quotedParagraphsAfter } from './paragraphs.js';
import { has } from '../cues/words.js';

/** Participles and verbs that open a report of their own after a credit. */
const SPEAKS = /^(adding|saying|noting|arguing|continuing|going|telling|asking|suggesting|insisting|warning|declaring|writing|stressing|then)$/;
export const isEnd = (doc: Document, t: Token | undefined) => !t || /^[.!?]$/.test(t.text) || sideOf(doc, t) === 'close';

/**
 * "“A,” he said, “B.”": the quotation resumes after the cue; the claim runs to its end. The resumed
 * quotation may follow a participle or an appositive (", referring to X, “B”", "said S, a lawyer.
 * “B.”"), and an unquoted fragment interrupted by a preposed source ("But, he said, C") runs on too.
 */
export function interrupted(doc: Document, sentence: Sentence, content: Span | null, after: number, preposed = false): Span | null {
  if (!content) return null;
  const toks = sentence.tokens;
  let j = after;
  if (toks[j]?.norm === ',') j++;
  const rest = toks.slice(j);
  const quoted = /["“‘'«]\s*$/u.test(doc.text.slice(Math.max(0, content.start - 3), content.start));
  // ", referring to X, “B”": the quotation resumes later in the sentence, after a comma.
  let open = -1;
  for (let k = j; k < toks.length; k++) {
    const side = sideOf(doc, toks[k]!);
    // '“A,” he said, but “B”': the quotation resumes after the credit's "but".
    if (side === 'open') { if (k === j || toks[k - 1]!.norm === ',' || (k === j + 1 && toks[j]!.norm === 'but')) open = k; break; }
    if (side === 'close') break;
    // ", adding later, “B”", ", and her husband cut in: “B”": a new report, not the credit's quotation going on.
    if (SPEAKS.test(toks[k]!.norm) || (toks[k]!.norm === 'and' && toks[k - 1]?.norm === ',')) break;
  }
  // "X would merge, two people said, a decision that would …": after a whole clause, "a …" is the reporter's appositive.
  const appositive = /^(a|an)$/.test(rest[0]?.norm ?? '') && (content.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 4;
  if (open < 0 && preposed && !quoted && !appositive && continues(doc, rest)) {
    const last = toks[toks.length - 1]!;
    return contentSpan(doc, content.start, last.end) ?? content;
  }
  // "“A?” Clinton said. “B.”", "said S, a lawyer. “B.”": the quotation resumes in the next sentence.
  // "…,” said S, who advises the council. “B.”": the source's appositive ends the credit too.
  const tail = toks[after]?.norm === ',' ? toks.slice(appositiveEnd(doc, toks, after)) : rest;
  const atEnd = open < 0 && (quoted || tail.every((x) => !/[\p{L}\p{N}]/u.test(x.text))) && titlesOnly(doc, rest);
  let t = open >= 0 ? toks[open] : atEnd ? doc.tokens[toks[toks.length - 1]!.i + 1] : undefined;
  // "“A,” he said outside. But “B.”": the quotation resumes after a conjunction of the reporter.
  if (atEnd && t && /^(but|and)$/.test(t.norm) && doc.tokens[t.i + 1] && sideOf(doc, doc.tokens[t.i + 1]!) === 'open') t = doc.tokens[t.i + 1];
  if (!t || sideOf(doc, t) !== 'open') return content;
  const close = quoteEndAfter(doc, t.i);
  // A following quotation with its own attribution ("“B,” he told me.") is another claim.
  let k = close + 1;
  while (doc.tokens[k] && doc.tokens[k]!.sentence === doc.tokens[close]!.sentence && !/[\p{L}\p{N}]/u.test(doc.tokens[k]!.text)) k++;
  if (atEnd && doc.tokens[k]?.sentence === doc.tokens[close]!.sentence && /^[,?!]$/.test(doc.tokens[close - 1]!.text)) return content;
  const end = quotedParagraphsAfter(doc, close) ?? (sideOf(doc, doc.tokens[close]!) === 'close' ? doc.tokens[close - 1]!.end : doc.tokens[close]!.end);
  return contentSpan(doc, content.start, end) ?? content;
}

/** Are the only quote marks in the credit those of a title ('said on “Meet the Press.”', "told NBC’s “Today” on Monday")? */
function titlesOnly(doc: Document, rest: readonly Token[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const side = sideOf(doc, rest[k]!);
    if (!side) continue;
    const before = rest[k - 1];
    if (side === 'close' || !before || !(/^(on|in|of)$/.test(before.norm) || before.norm === "'s" || before.norm === '’s')) return false;
    const close = rest.findIndex((x, i) => i > k && sideOf(doc, x) === 'close');
    if (close < 0 || close - k > 7) return false;
    k = close;
  }
  return true;
}

/** Does the rest of the sentence carry on the interrupted clause ("he said, local officials should act")? */
function continues(doc: Document, rest: readonly Token[]): boolean {
  const first = rest[0];
  if (!first || !/[\p{L}\p{N}]/u.test(first.text) || /^(and|but|or|as|while|who|which|when|after|before|adding|citing|saying|noting)$/.test(first.norm)) return false;
  if (has(first, 'Gerund') || has(first, 'Determiner') && rest.length < 6) return false;
  return rest.some((t, i) => i > 0 && has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Noun')) && !rest.some((t) => sideOf(doc, t));
}

/** Where an appositive or relative clause after an inverted source ends (", a lawyer for the city"). */
export function appositiveEnd(doc: Document, toks: readonly Token[], to: number): number {
  const first = toks[to + 1];
  if (toks[to]?.norm !== ',' || !first || !(/^(who|whose)$/.test(first.norm) || has(first, 'Determiner') || has(first, 'Adjective') || (has(first, 'Noun') && !has(first, 'Pronoun')))) return to;
  if ((has(first, 'Pronoun') && !/^(who|whose)$/.test(first.norm)) || has(first, 'Gerund') || /ing$/.test(first.norm)) return to;
  let j = to + 1;
  while (j < toks.length && !isEnd(doc, toks[j]) && !/^[;—–]$/.test(toks[j]!.norm) && !sideOf(doc, toks[j]!)) j++;
  // A clause of its own after the appositive (", a lawyer, adding that ...") is not part of it, nor is
  // the cue's adjunct (", an analyst at the bank, in a note to clients").
  if (toks.slice(to + 1, j).some((t) => t.norm === ',' ) && !/^(who|whose)$/.test(first.norm)) {
    const c = toks.findIndex((t, i) => i > to && t.norm === ',');
    if (c > to + 1 && (has(toks[c + 1], 'Gerund') || has(toks[c + 1], 'Preposition'))) j = c;
  }
  while (j > to + 1 && toks[j - 1]!.norm === ',') j--;
  return j - to - 1 >= 1 && j - to <= 30 ? j : to;
}
