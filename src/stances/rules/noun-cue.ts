/**
 * Stances carried by a noun: "appeals from Israel for support", "Chile's condemnation of the coup",
 * "U.S. sanctions on Iran", "issued a two-week deadline for Iran", "expressed concern over X". The
 * holder is a "from/by" phrase, a possessive, a name or demonym before the noun, or the subject of
 * the light verb before it; the target follows the noun's preposition.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Document, Token } from '../../doc/document.js';
import { findCues } from '../../cues/index.js';
import { nounPhraseAfter, subjectBefore, type Phrase } from '../../cues/frame.js';
import { entitiesIn } from '../../cues/entities.js';
import { inConditional } from '../../cues/clause.js';
import { mentionsIn } from '../../pipeline/lookup.js';
import { hedgedByClaim, modalityBefore } from '../context.js';
import { targetAfter } from '../target.js';
import type { StanceCandidate, StancesData } from '../types.js';

const HOLDER_PREPS = new Set(['from', 'by']);
const TARGET_PREPS = new Set(['that', 'of', 'to', 'for', 'against', 'on', 'over', 'about', 'toward', 'towards', 'with', 'at']);
const LIGHT = /^(express|held|hold|announc|stag|organi[sz]|began|begin|start|call|voic|rais|issu|set|gave|give|impos|made|make|launch|deliver|extend|offer|lodg|fil|repeat|reiterat|renew|slap)/;
const FRONTED = new Set(['despite', 'amid', 'after', 'following', 'notwithstanding']);
/** Nouns too common to carry a stance without their preposition ("a phone call", "the concern"). */
const NEEDS_PREP = new Set(['rally', 'rallies', 'demonstration', 'demonstrations', 'strike', 'meeting', 'talks', 'agreement', 'aid', 'attack', 'attacks', 'ban', 'call', 'calls', 'concern', 'alarm', 'support', 'backing', 'protest', 'opposition', 'praise', 'deadline', 'warning']);

export default defineRule<StanceCandidate, StancesData>({
  id: 'stances/noun-cue',
  kind: 'stances',
  description: 'A stance noun (condemnation, appeal, sanctions, ultimatum) with its holder and target phrases',
  confidence: 0.7,
  examples: {
    match: [
      { text: 'Despite repeated appeals from Ukraine for support, Germany is holding back.', expect: { kind: 'appeal', polarity: 'support', cue: 'appeals', holderText: 'Ukraine' } },
      { text: 'Russia has issued a one-week deadline for Georgia to withdraw its troops.', expect: { kind: 'threaten', polarity: 'oppose', cue: 'deadline', holderText: 'Russia' } },
      { text: 'Canada’s condemnation of the coup was swift.', expect: { kind: 'condemn', holderText: 'Canada' } },
      // The complement ends at the sentence's verb; a reaction "drawn from X" targets what drew it.
      { text: 'Peru’s call for new talks was welcomed by both sides.', expect: { kind: 'call-for', holderText: 'Peru', targetText: 'new talks' } },
      { text: 'Norway announced $40 million in aid for Haiti.', expect: { kind: 'aid', holderText: 'Norway', targetText: 'Haiti' } },
      { text: 'Serbia’s decision drew sharp criticism from Croatia.', expect: { holderText: 'Croatia', targetText: 'Serbia’s decision' } },
      // Quote marks around the noun phrase do not break the light verb and its preposition.
      { text: 'Japan expressed “serious concern” over the collision.', expect: { kind: 'express-concern', holderText: 'Japan', targetText: 'the collision' } },
    ],
    noMatch: ['The call lasted ten minutes.', 'Support grew over the summer.'],
  },
  run(ctx) {
    const { doc, records } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (const hit of findCues(sentence, ctx.data.cues)) {
        const stance = hit.entry.stance;
        if (!stance || hit.entry.pos !== 'noun' || inConditional(toks, hit.from)) continue;
        let j = hit.to;
        // "expressed “serious concern” over X": a closing quote mark sits between the noun and its preposition.
        if (/^["”’']$/.test(toks[j]?.norm ?? '')) j++;
        let holder: Phrase | null = null;
        if (HOLDER_PREPS.has(toks[j]?.norm ?? '')) {
          holder = nounPhraseAfter(toks, j + 1);
          if (holder) j = holder.to;
        }
        // "announced the deadline on Thursday": a date, with its preposition, is no target.
        while (j < toks.length - 1 && (toks[j]!.tags.includes('Date') || /^(today|yesterday)$/.test(toks[j]!.norm) || (/^(on|in)$/.test(toks[j]!.norm) && toks[j + 1]!.tags.includes('Date')))) j++;
        // "staged rallies in Gaza against X": step over a place phrase to the target's preposition.
        if (/^(in|at|near)$/.test(toks[j]?.norm ?? '')) {
          const place = nounPhraseAfter(toks, j + 1);
          if (place && TARGET_PREPS.has(toks[place.to]?.norm ?? '') && toks[place.to]!.norm !== 'that') j = place.to;
        }
        const prep = toks[j]?.norm ?? '';
        if ((NEEDS_PREP.has(hit.head) || NEEDS_PREP.has(hit.head.replace(/s$/, ''))) && !TARGET_PREPS.has(prep) && !holder) continue;
        holder ??= modifierBefore(records.entities, toks, hit.from) ?? lightVerbSubject(toks, hit.from);
        if (!holder) continue;
        const holderHit = entitiesIn(records.entities, toks, holder);
        const holderId = (holderHit.find((h) => h.entity.type === 'PERSON') ?? holderHit[0])?.entity.id;
        if (!holderId) continue;
        let target = TARGET_PREPS.has(prep) ? targetAfter(doc, records.entities, sentence, j + 1, predicateAfter(toks, j + 1)) : { target: null, targetText: null };
        // "The decision drew sharp criticism from Zagreb": what drew it is the target.
        if (!target.target && !target.targetText && HOLDER_PREPS.has(toks[hit.to]?.norm ?? '')) target = drawnBy(doc, records.entities, toks, hit.from) ?? target;
        if (!target.target && stance.kind === 'appeal') target = { ...target, target: addressee(records.entities, toks, hit.to) };
        if (target.target === holderId || (!target.target && !target.targetText)) continue;
        delete target.also;
        const cue = doc.span(toks[hit.from]!.start, toks[hit.to - 1]!.end);
        ctx.emit({
          holder: holderId,
          holderText: doc.text.slice(toks[holder.from]!.start, toks[holder.to - 1]!.end),
          ...target,
          polarity: stance.polarity,
          kind: stance.kind,
          cue,
          negated: false,
          hedged: hedgedByClaim(records.claims, cue.start),
          modality: modalityBefore(sentence, cue.start),
          evidence: doc.span(sentence.start, sentence.end),
        });
      }
    }
  },
});

/** The end of the noun's complement: a comma, or the auxiliary of the sentence's verb ("the call for talks was welcomed"). */
function predicateAfter(toks: readonly Token[], from: number): number {
  const i = toks.findIndex((t, k) => k >= from && (t.norm === ',' || (k > from && AUXILIARY.test(t.norm) && !/^(to|that|who|which)$/.test(toks[k - 1]!.norm))));
  return i < 0 ? toks.length : i;
}
const AUXILIARY = /^(was|were|is|are|has|have|had|will|would|drew|drawn|sparked|prompted)$/;

/** Verbs that receive a reaction: "X drew criticism from Y", "X sparked protests by Y", "X faced condemnation from Y". */
const DRAW = /^(drew|draws|drawn|draw|drawing|sparked|sparks|prompted|prompts|triggered|triggers|provoked|provokes|faced|faces|face|received|receives|attracted|attracts|met|meets)$/;

/** The entity heading the subject of a reaction verb right before the noun, as the reaction's target. */
function drawnBy(doc: Document, entities: Parameters<typeof mentionsIn>[0], toks: readonly Token[], k: number): { target: string | null; targetText: string } | null {
  let j = k - 1;
  while (j >= 0 && j > k - 4 && /Adjective|Determiner/.test(toks[j]!.tags.join(' ')) && !toks[j]!.tags.includes('Verb')) j--;
  if (!DRAW.test(toks[j]?.norm ?? '')) return null;
  const s = subjectBefore(toks, j);
  const np = s ? (s.antecedent ?? s) : null;
  if (!np) return null;
  const hit = entitiesIn(entities, toks, np)[0];
  return { target: hit?.entity.id ?? null, targetText: doc.text.slice(toks[np.from]!.start, toks[np.to - 1]!.end) };
}

/** "Chile's condemnation", "Israeli appeals", "U.S. sanctions": the name or demonym right before the noun. */
function modifierBefore(entities: Parameters<typeof mentionsIn>[0], toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && (toks[j]!.tags.includes('Adjective') && !toks[j]!.tags.includes('ProperNoun'))) j--;
  if (toks[j]?.norm === "'s") j--;
  const t = toks[j];
  if (!t || !mentionsIn(entities, t.start, t.end).length) return null;
  let from = j;
  while (from > 0 && mentionsIn(entities, toks[from - 1]!.start, toks[from - 1]!.end).some((m) => m.mention.end >= t.start)) from--;
  return { from, to: j + 1 };
}

/** "India expressed concern", "Trump has issued a deadline": the subject of the light verb before the noun. */
function lightVerbSubject(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && j > k - 6 && !toks[j]!.tags.includes('Verb')) {
    // "announced £120 million in aid for X": an amount "in" the noun.
    const amountIn = toks[j]!.norm === 'in' && !!toks[j - 1]?.tags.includes('Value');
    if (!/Adjective|Determiner|Value|Noun/.test(toks[j]!.tags.join(' ')) && !/^(-|["“”‘’'])$/.test(toks[j]!.norm) && !amountIn) return null;
    j--;
  }
  const v = toks[j];
  if (!v || !LIGHT.test(v.norm)) return null;
  const s = subjectBefore(toks, j);
  return s ? (s.antecedent ?? s) : null;
}

/** "Despite appeals from X, Y is holding back": the appeal was made to the main clause's subject. */
function addressee(entities: Parameters<typeof mentionsIn>[0], toks: readonly Token[], from: number): string | null {
  if (!FRONTED.has(toks[0]?.norm ?? '')) return null;
  const comma = toks.findIndex((t, i) => i >= from && t.norm === ',');
  if (comma < 0) return null;
  const np = nounPhraseAfter(toks, comma + 1);
  return np ? (entitiesIn(entities, toks, np)[0]?.entity.id ?? null) : null;
}
