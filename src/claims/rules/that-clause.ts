/**
 * Verbs outside the lexicon that a person or group uses to put forward a "that" clause or a
 * quotation: "Sanders learned that C", "the campaign insisted: “C”". Only a named or pronoun
 * subject qualifies, so "the ruling means that" stays out.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { findCues } from '../../cues/index.js';
import { modifiersBefore, subjectBefore } from '../../cues/frame.js';
import { inConditional, isPassive } from '../../cues/clause.js';
import { sideOf } from '../../cues/quotes.js';
import { AUX, PRONOUNS } from '../../cues/words.js';
import { contentAfter } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';
import { TELL } from '../frame-bounds.js';

/** Verbs before "that" that report nothing ("so that", "make sure that", "means that"); "know that" states a fact. */
const NOT_CUES = new Set(['know', 'knows', 'knew', 'known', 'prove', 'proves', 'proved', 'get', 'gets', 'got', 'so', 'now', 'mean', 'means', 'meant', 'ensure', 'ensures', 'ensured', 'given', 'such', 'make', 'made', 'makes', 'is', 'was', 'are', 'were', 'be', 'been']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/that-clause',
  kind: 'claims',
  description: 'A verb outside the cue lexicon with a named or pronoun subject and a "that" clause or quotation',
  confidence: 0.55,
  examples: {
    match: [{ text: 'Senator Ruiz quibbled that the bill had stalled again.', expect: { cue: 'quibbled', sourceText: 'Senator Ruiz', content: 'the bill had stalled again' } }],
    noMatch: ['The ruling means that the plant must close.', 'The farmer told anyone who would listen that the river had flooded twice.', 'They worked late so that the report was ready.', 'The board overruled that request, the clerk added.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      const hits = findCues(sentence, ctx.data.cues);
      const known = new Set(hits.map((h) => h.from));
      // "told anyone who would listen that C": the "that" clause is the content of "told", not of the relative's verb.
      const hearers = hits.filter((h) => TELL.has(h.head)).map((h) => h.to);
      for (let k = 1; k < toks.length - 2; k++) {
        const v = toks[k]!;
        if (known.has(k) || !v.tags.includes('Verb') || AUX.has(v.norm) || NOT_CUES.has(v.norm) || v.tags.includes('Gerund')) continue;
        const next = toks[k + 1]!;
        const opensQuote = next.norm === ':' || (next.norm === ',' && sideOf(doc, toks[k + 2]!) === 'open');
        if (!(next.norm === 'that' && startsClause(toks, k + 2)) && !opensQuote) continue;
        if (inConditional(toks, k) || isPassive(toks, k)) continue;
        const subject = subjectBefore(toks, k);
        if (!subject || !named(toks.slice(subject.from, subject.to))) continue;
        if (toks[subject.from]!.norm === 'who' && hearers.some((e) => e <= subject.from && subject.from - e <= 5)) continue;
        const content = contentAfter(doc, sentence, k + 2);
        if (!content) continue;
        const m = modifiersBefore(toks, k);
        const source = sourceOf(doc, ctx.records.entities, toks, subject, subject.antecedent);
        ctx.emit({ ...source, cue: doc.span(toks[m.groupStart]!.start, v.end), cueClass: 'speech', content, mode: modeOf(doc, content), hedged: m.hedged || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/**
 * A clause after "that": its first word is no verb, and a verb follows within a few words before any
 * punctuation or "and" ("that he does", "that same-sex couples would"). Otherwise "that" is a
 * determiner ("overruled that request,", "present that message and", "win that one").
 */
function startsClause(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t || AUX.has(t.norm) || (t.tags.includes('Verb') && !t.tags.includes('Noun'))) return false;
  for (let j = i + 1; j < Math.min(toks.length, i + 8); j++) {
    const w = toks[j]!;
    if (/^[,.;:!?—–-]$/.test(w.norm) || w.norm === 'and' || w.norm === 'or') return false;
    if (w.tags.includes('Verb') || AUX.has(w.norm)) return true;
  }
  return false;
}

/** A proper name or a personal pronoun: someone who can say or think. */
function named(words: readonly Token[]): boolean {
  if (words.length === 1 && PRONOUNS.has(words[0]!.norm) && words[0]!.norm !== 'it') return true;
  return words.some((t) => t.tags.includes('ProperNoun') || t.tags.includes('Person') || t.tags.includes('Organization'));
}
