/**
 * A finding of wrongdoing is criticism of whoever did it: "the High Court ruled that the government
 * acted unlawfully", "the panel found the ministry had broken the law", "Amnesty said Israel violated
 * international law". The holder is the subject of the ruling or saying verb; the target, the
 * subject of the wrongdoing.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { subjectBefore } from '../../cues/frame.js';
import { entitiesIn } from '../../cues/entities.js';
import { holderOf } from '../holder.js';
import { hedgedByClaim, modalityBefore } from '../context.js';
import type { StanceCandidate, StancesData } from '../types.js';

const ACT = /^(act|acts|acted|acting)$/;
const WRONGLY = /^(unlawfully|illegally|unconstitutionally|improperly|irrationally|unreasonably|unfairly)$/;
const BREAK = /^(broke|broken|breached|violated|flouted|contravened|infringed)$/;
const LAW = /^(law|laws|constitution|rules|obligations|treaty|convention|regulations|code|rights)$/;
const BE = /^(was|were|is|are|had been|been)$/;
const UNLAWFUL = /^(unlawful|illegal|unconstitutional)$/;
/** Verbs that report a finding; the wrongdoing must sit in their complement. */
const FINDING = /^(ruled|rules|found|finds|held|holds|concluded|concludes|declared|declares|decided|determined|said|says|judged)$/;

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/verdict',
  kind: 'stances',
  description: 'A ruling or statement that someone acted unlawfully or broke the law: criticism of them by whoever rules or says it',
  confidence: 0.65,
  examples: {
    match: [{ text: 'Ireland’s Supreme Court ruled on Friday that the Department of Health acted unlawfully.', expect: { kind: 'criticise', polarity: 'oppose', cue: 'acted unlawfully', holderText: 'Ireland’s Supreme Court' } }],
    noMatch: ['The company acted quickly after the ruling.', 'Ireland’s Supreme Court ruled on Friday that the appeal could go ahead.'],
  },
  run(ctx) {
    const { doc, records } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let k = 1; k < toks.length; k++) {
        const end = wrongdoingAt(toks, k);
        if (end < 0) continue;
        const doer = subjectBefore(toks, k);
        if (!doer) continue;
        const verb = findingBefore(toks, doer.from);
        const ruler = verb >= 0 ? subjectBefore(toks, verb) : null;
        const holder = ruler ? holderOf(doc, records, toks, ruler.antecedent ?? ruler) : null;
        if (!holder) continue;
        const target = entitiesIn(records.entities, toks, doer)[0]?.entity.id ?? null;
        const cue = doc.span(toks[k]!.start, toks[end - 1]!.end);
        for (const id of holder.ids) {
          if (id === target) continue;
          ctx.emit({
            holder: id,
            holderText: holder.text,
            target,
            targetText: doc.text.slice(toks[doer.from]!.start, toks[doer.to - 1]!.end),
            polarity: 'oppose',
            kind: 'criticise',
            cue,
            negated: false,
            hedged: hedgedByClaim(records.claims, cue.start),
            modality: modalityBefore(sentence, cue.start),
            evidence: doc.span(sentence.start, sentence.end),
          });
        }
        k = end - 1;
      }
    }
  },
});

/** "acted unlawfully", "broke the law", "violated international law", "was unlawful" at token k: the end of the cue, else -1. */
function wrongdoingAt(toks: readonly Token[], k: number): number {
  const n = toks[k]!.norm;
  if (/^(not|n't|never)$/.test(toks[k - 1]?.norm ?? '')) return -1;
  if (ACT.test(n) && WRONGLY.test(toks[k + 1]?.norm ?? '')) return k + 2;
  if (BREAK.test(n)) {
    for (let j = k + 1; j < Math.min(toks.length, k + 5); j++) if (LAW.test(toks[j]!.norm)) return j + 1;
  }
  if (BE.test(n) && UNLAWFUL.test(toks[k + 1]?.norm ?? '')) return k + 2;
  return -1;
}

/** The finding verb just before the doer ("ruled on Thursday that the government"), or -1. */
function findingBefore(toks: readonly Token[], doer: number): number {
  for (let j = doer - 1; j >= Math.max(0, doer - 8); j--) {
    if (FINDING.test(toks[j]!.norm)) return j;
    if (toks[j]!.norm === ',' || toks[j]!.norm === ';') return -1;
  }
  return -1;
}
