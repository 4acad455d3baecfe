/**
 * Staying silent is a neutral position: "Thames Water refused to comment on the ruling", "She
 * declined to say whether ...", "The president has not commented publicly on the ultimatum".
 * The holder is the subject; the target is what the silence is about, when the text says.
 */
import { defineRule } from '../../pipeline/rule.js';
import { subjectBefore } from '../../cues/frame.js';
import { holderOf, speakerOf, verbBeforeHolder, withNameListStart } from '../holder.js';
import { negatedAnswer, negatedPosition, refusalToSpeak } from '../refusal.js';
import { hedgedByClaim, modalityBefore } from '../context.js';
import { clauseEnd, targetAfter } from '../target.js';
import type { StanceCandidate, StancesData } from '../types.js';

const ABOUT = /^(on|about|over|regarding|to)$/;
const REQUEST = /^(a |an |the )?(repeated |multiple |several )?(requests?|questions?|calls?|emails?|messages?|inquiries|enquiries)( from [^,]*)? (for|seeking) comments?\b/i;
const ADVERB_ONLY = /^(further|publicly|immediately|yet|again|either|directly|officially|specifically|in detail)$/i;

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/no-comment',
  kind: 'stances',
  description: 'A refusal to comment, speak or take sides ("declined to comment on X", "has not commented"): a neutral refrain',
  confidence: 0.7,
  examples: {
    match: [
      { text: 'Norsk Hydro refused to comment on the verdict.', expect: { kind: 'refrain', polarity: 'neutral', cue: 'refused to comment', targetText: 'the verdict' } },
      { text: 'Kenya’s foreign minister, Alice Wanjiru, has not commented publicly on the proposal.', expect: { kind: 'refrain', polarity: 'neutral', holderText: 'Kenya’s foreign minister, Alice Wanjiru' } },
      // A refusal coordinated with an earlier verb keeps that verb's subject.
      // Not taking a position is staying out, as is refusing to.
      { text: 'The Edison Institute has not taken a position on the case.', expect: { kind: 'refrain', polarity: 'neutral', cue: 'has not taken a position', targetText: 'the case' } },
      { text: 'The Food and Drug Administration did not respond to requests for comment.', expect: { kind: 'refrain', targetText: null } },
      { text: 'Portugal abstained in the vote and declined to comment further.', expect: { kind: 'refrain', polarity: 'neutral', cue: 'declined to comment', holderText: 'Portugal' } },
    ],
    noMatch: ['Norway refused to pay the fine.', 'Norway commented on the verdict on Monday.', 'Norway was not available for comment.'],
  },
  run(ctx) {
    const { doc, records } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let k = 0; k < toks.length; k++) {
        const cue = refusalToSpeak(toks, k) ?? negatedAnswer(toks, k) ?? negatedPosition(toks, k);
        if (!cue) continue;
        const subject = subjectBefore(toks, cue.from);
        // "India abstained in the vote and declined to comment": the subject of the verb before "and".
        const coordinated = !subject && /^(and|but)$/.test(toks[cue.from - 1]?.norm ?? '');
        if (!subject && !coordinated) continue;
        const holder = subject
          ? holderOf(doc, records, toks, withNameListStart(records, toks, subject.antecedent ?? subject)) ?? speakerOf(doc, records, toks, subject, cue.from)
          : verbBeforeHolder(doc, records, toks, cue.from - 1);
        if (!holder) continue;
        const from = ABOUT.test(toks[cue.to]?.norm ?? '') ? cue.to + 1 : cue.to;
        const found = from < toks.length ? targetAfter(doc, records.entities, sentence, from, clauseEnd(toks, from)) : { target: null, targetText: null };
        // "declined to comment further": an adverb says how, not on what; the silence then has no stated target.
        // "did not respond to requests for comment": the request is no subject of the silence.
        const target = ADVERB_ONLY.test(found.targetText ?? '') || REQUEST.test(found.targetText ?? '') ? { target: null, targetText: null } : found;
        const span = doc.span(toks[cue.from]!.start, toks[cue.to - 1]!.end);
        for (const id of holder.ids) {
          if (id === target.target) continue;
          ctx.emit({
            holder: id,
            holderText: holder.text,
            target: target.target,
            targetText: target.targetText,
            polarity: 'neutral',
            kind: 'refrain',
            cue: span,
            negated: false,
            hedged: hedgedByClaim(records.claims, span.start),
            modality: modalityBefore(sentence, span.start),
            evidence: doc.span(sentence.start, sentence.end),
          });
        }
        k = cue.to - 1;
      }
    }
  },
});
