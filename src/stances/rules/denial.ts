/**
 * Denying an accusation rejects it, and opposes whoever made it: "Rwanda denied the charges", "a
 * charge Kigali has repeatedly denied", "denied any wrongdoing". The target is the accuser when this
 * sentence or the one before reports the accusation (an "accused/charged/alleged" claim).
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Document, Sentence, Token } from '../../doc/document.js';
import type { Claim } from '../../schema/claim.js';
import { modifiersBefore, nounPhraseAfter, subjectBefore, type Phrase } from '../../cues/frame.js';
import { inConditional } from '../../cues/clause.js';
import { holderOf } from '../holder.js';
import { hedgedByClaim, modalityBefore } from '../context.js';
import type { StanceCandidate, StancesData } from '../types.js';
import { DENY } from '../lexicon.js';

const ACCUSATION = /^(charges?|accusations?|allegations?|claims?|reports?|suggestions?|wrongdoing|involvement|responsibility|complicity|blame)$/;
const ACCUSING = /^(accus|charg|alleg|blam)/;

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/denial',
  kind: 'stances',
  description: 'A denial of a charge or an accusation: a rejection, opposed to the accuser when the text names one',
  confidence: 0.65,
  examples: {
    match: [
      { text: 'Oslo accused Moscow of jamming its satellites, a charge Russia has repeatedly denied.', expect: { kind: 'reject', polarity: 'oppose', cue: 'denied', holderText: 'Russia', targetText: 'a charge' } },
      { text: 'Chile denied the allegations on Monday.', expect: { kind: 'reject', polarity: 'oppose', cue: 'denied', targetText: 'the allegations' } },
      { text: 'Nestlé denied any wrongdoing.', expect: { kind: 'reject', polarity: 'oppose', cue: 'denied', targetText: 'any wrongdoing' } },
    ],
    noMatch: ['Chile denied entry to the ship.', 'Chile said it was denied a fair hearing.'],
  },
  run(ctx) {
    const { doc, records } = ctx;
    // Accusing claims in text order, searched by position: no scan of every claim per denial.
    const accusing = (records.claims ?? []).filter((c) => c.source && ACCUSING.test(c.cue.text.toLowerCase())).sort((a, b) => a.cue.start - b.cue.start);
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let k = 0; k < toks.length; k++) {
        if (!DENY.test(toks[k]!.norm) || inConditional(toks, k)) continue;
        const m = modifiersBefore(toks, k);
        const subject = subjectBefore(toks, k);
        const object = accusationAfter(toks, k + 1) ?? accusationBefore(toks, subject);
        if (!subject || !object || toks.slice(m.groupStart, k).some((t) => /^(was|were|been|being|is|are)$/.test(t.norm))) continue;
        // The subject phrase may begin with the charge itself ("a charge Rwanda"): the holder follows it.
        const own = object.to <= subject.from || object.from > k ? subject : { from: object.to, to: subject.to };
        if (own.to <= own.from) continue;
        const holder = holderOf(doc, records, toks, own);
        if (!holder) continue;
        const cue = doc.span(toks[k]!.start, toks[k]!.end);
        const accuser = accuserOf(doc, accusing, sentence, toks[k]!.start, holder.ids);
        for (const id of holder.ids) {
          ctx.emit({
            holder: id,
            holderText: holder.text,
            target: accuser,
            targetText: doc.text.slice(toks[object.from]!.start, toks[object.to - 1]!.end),
            polarity: m.negated ? 'neutral' : 'oppose',
            kind: 'reject',
            cue,
            negated: m.negated,
            hedged: m.hedged || hedgedByClaim(records.claims, cue.start),
            modality: m.modality ?? modalityBefore(sentence, cue.start),
            evidence: doc.span(sentence.start, sentence.end),
          });
        }
      }
    }
  },
});

/** "denied the accusations", "denied any wrongdoing": the object, when it is a charge. */
function accusationAfter(toks: readonly Token[], from: number): Phrase | null {
  const np = nounPhraseAfter(toks, from);
  if (np && ACCUSATION.test(toks[np.to - 1]!.norm)) return np;
  // "denied any wrongdoing": the tagger may read the noun in -ing as a verb, which ends no noun phrase.
  let j = from;
  while (/^(any|all|the|a|an|no)$/.test(toks[j]?.norm ?? '')) j++;
  return j > from && ACCUSATION.test(toks[j]?.norm ?? '') ? { from, to: j + 1 } : null;
}

/** "a charge (that) Rwanda has denied": the charge before the subject, the verb ending the clause. */
function accusationBefore(toks: readonly Token[], subject: Phrase | null): Phrase | null {
  if (!subject) return null;
  for (let j = subject.from; j < subject.to - 1; j++) if (ACCUSATION.test(toks[j]!.norm)) return { from: subject.from, to: j + 1 };
  let j = subject.from - 1;
  if (/^(that|which)$/.test(toks[j]?.norm ?? '')) j--;
  if (!ACCUSATION.test(toks[j]?.norm ?? '')) return null;
  let from = j;
  while (from > 0 && /^(a|an|the|this|that|these|those|such|new|similar)$/.test(toks[from - 1]!.norm)) from--;
  return { from, to: j + 1 };
}

/** The source of an accusing claim in this sentence or the one before, other than the denier. */
function accuserOf(doc: Document, accusing: readonly Claim[], sentence: Sentence, before: number, holders: readonly string[]): string | null {
  const from = doc.sentences[sentence.i - 1]?.start ?? sentence.start;
  let lo = 0;
  let hi = accusing.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (accusing[mid]!.cue.start < before) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && accusing[i]!.cue.start >= from; i--) {
    const source = accusing[i]!.source!;
    if (!holders.includes(source)) return source;
  }
  return null;
}
