/**
 * Claims with no source: "X appears to be Y", "X is expected to Y", "it is believed that C",
 * "the envoy reportedly met ...". Hedged by nature; the content includes the subject.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Document, Token } from '../../doc/document.js';
import { clauseEnd } from '../clause-end.js';
import { claimsIn, findCues } from '../../cues/index.js';
import { modifiersBefore, nounPhraseBefore } from '../../cues/frame.js';
import { isPassive } from '../../cues/clause.js';
import { contentAfter, contentSpan } from '../content.js';
import { NO_SOURCE } from '../source.js';
import { modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/**
 * Passives that credit unnamed people with a claim ("is expected to", "is said to", "is believed to").
 * Other passives describe a request, a purpose or a state ("was asked to", "is intended to",
 * "is determined to", "is guaranteed to"): no claim (under a fifth were attributions on the dev corpus).
 */
const RAISING_PASSIVES = new Set(['expect', 'say', 'believe', 'think', 'report', 'rumor', 'allege', 'estimate', 'project',
  'predict', 'fear', 'suspect', 'assume', 'presume', 'consider', 'suppose', 'understand', 'know', 'claim', 'argue', 'anticipate', 'forecast']);
/** Adverbs that credit unnamed reports; "allegedly", "apparently" only hedge (the content stays the writer's). */
const ADVERBS = new Set(['reportedly']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/impersonal',
  kind: 'claims',
  description: 'Sourceless hedged claims: "X appears to", "X is expected to", "it is believed that", "reportedly"',
  confidence: 0.65,
  examples: {
    match: [
      { text: 'The military leadership appears to be weighing its options.', expect: { cue: 'appears', sourceKind: 'unattributed', hedged: true, content: 'The military leadership appears to be weighing its options' } },
      { text: 'The bill is expected to pass the Senate next week.', expect: { cue: 'is expected', content: 'The bill is expected to pass the Senate next week' } },
      { text: 'It is expected to rise to 3 percent by the end of the year.', expect: { cue: 'is expected', content: 'It is expected to rise to 3 percent by the end of the year' } },
      { text: 'The strike is expected to last until Friday, with both unions expected to vote on the offer.', expect: { cue: 'is expected', content: 'The strike is expected to last until Friday' } },
      { text: 'The tally leaves out the delegates who are expected to back her at the convention.', expect: { cue: 'are expected', content: 'who are expected to back her at the convention' } },
      { text: 'It seems like no program will be spared from the cuts.', expect: { cue: 'seems', content: 'no program will be spared from the cuts' } },
      { text: 'It would seem as if the council has run out of options.', expect: { cue: 'would seem', content: 'the council has run out of options' } },
      { text: 'It is widely believed that the talks will resume.', expect: { content: 'the talks will resume' } },
      { text: 'It seems the county has far too many polling places.', expect: { cue: 'seems', content: 'the county has far too many polling places' } },
      { text: 'The vote seemed like a turning point for the union.', expect: { cue: 'seemed', content: 'The vote seemed like a turning point for the union' } },
      { text: 'The envoy reportedly met rebel leaders in Geneva.', expect: { cue: 'reportedly', cueClass: 'evidence' } },
      { text: 'Turnout appears to be rising, despite the heavy rain in the north.', expect: { cue: 'appears', content: 'Turnout appears to be rising' } },
      { text: 'While the council seemed to favour the plan, the mayor vetoed it on Friday.', expect: { cue: 'seemed', content: 'the council seemed to favour the plan' } },
    ],
    noMatch: ['The singer appeared on stage at nine.', 'The price was expected.', 'The levy is intended to fund two new schools.', 'The clerk was asked to recount the ballots.'],
  },
  run(ctx) {
    // Attributions made inside a quotation are the quoted speaker's, which PolNeAR leaves unmarked.
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      const evidence = doc.span(sentence.start, sentence.end);
      const emit = (cueFrom: number, cueTo: number, content: ReturnType<typeof contentSpan>, cueClass: 'belief' | 'evidence') => {
        if (!content) return;
        const cue = doc.span(toks[cueFrom]!.start, toks[cueTo - 1]!.end);
        ctx.emit({ ...NO_SOURCE, cue, cueClass, content, mode: modeOf(doc, content), hedged: true, evidence });
      };
      for (const hit of findCues(sentence, ctx.data.cues)) {
        if (hit.entry.pos !== 'verb' || !hit.entry.claim || !claimsIn(hit.entry, hit.head)) continue;
        const raising = RAISING.has(hit.head);
        const passive = !raising && isPassive(toks, hit.from) && hit.entry.claim.cueClass !== 'evidence' && RAISING_PASSIVES.has(hit.entry.phrase);
        if (!raising && !passive) continue;
        const next = toks[hit.to]?.norm;
        const m = modifiersBefore(toks, hit.from);
        const subj = relativeBefore(toks, m.groupStart) ?? nounPhraseBefore(toks, m.groupStart);
        const it = subj && toks[subj.from]!.norm === 'it' && subj.to - subj.from === 1;
        if (it && next === 'that') emit(m.groupStart, hit.to, contentAfter(doc, sentence, hit.to + 1), 'belief');
        // "it seems the party has too many delegates": a clause right after the raising verb.
        else if (it && next !== 'to') {
          if (raising && toks[hit.to] && (toks[hit.to]!.tags.includes('Determiner') || /^(he|she|they|we)$/.test(next ?? ''))) emit(m.groupStart, hit.to, contentAfter(doc, sentence, hit.to), 'belief');
          // "it seems like no icon will be spared", "it would seem as if his plan is …": the clause after "like" / "as if".
          else if (raising && next === 'like') emit(m.groupStart, hit.to, contentAfter(doc, sentence, hit.to + 1), 'belief');
          else if (raising && next === 'as' && /^(if|though)$/.test(toks[hit.to + 1]?.norm ?? '')) emit(m.groupStart, hit.to, contentAfter(doc, sentence, hit.to + 2), 'belief');
        } else if (subj && (next === 'to' || (raising && predicateAt(toks, hit.to)))) {
          emit(m.groupStart, hit.to, contentSpan(doc, toks[subj.from]!.start, Math.min(clauseEndChar(doc, toks, hit.to, sentence.end), adjunctCut(toks, hit.to, subj.from))), 'belief');
        }
      }
      toks.forEach((t, i) => {
        if (!ADVERBS.has(t.norm)) return;
        const comma = toks.slice(0, i).map((x) => x.norm).lastIndexOf(',');
        emit(i, i + 1, contentSpan(doc, toks[comma + 1]!.start, sentence.end), 'evidence');
      });
    }
  },
});

/** "delegates who are expected to back her", "things that are expected to happen": the relative opens the content. */
function relativeBefore(toks: readonly Token[], groupStart: number): { from: number; to: number } | null {
  const r = groupStart - 1;
  return r > 0 && /^(who|that|which)$/.test(toks[r]!.norm) && toks[r - 1]!.tags.includes('Noun') ? { from: r, to: groupStart } : null;
}

/** Subordinators whose clause the main clause follows after a comma: "While the rally seemed calm, the police …". */
const SUBORDINATE = /^(if|while|whereas|although|though|because|since|when|once|as)$/;

/**
 * Where a hedged content ends before an adjunct of the reporter's: "X appears to be moving behind Trump, despite
 * holdouts", "the tour seemed to end early as the rain came", "… even if the vote fails", and, when the content
 * is itself a subordinate clause ("While X appears to have peaked, the polls …"), at the comma that opens the main clause.
 */
function adjunctCut(toks: readonly Token[], a: number, subjFrom: number): number {
  const subordinate = SUBORDINATE.test(toks[subjFrom - 1]?.norm ?? '') || (toks[subjFrom - 2]?.norm === 'fact' && toks[subjFrom - 1]?.norm === 'that');
  // Bounded: a cue costs at most 60 tokens of scanning, however long the sentence.
  for (let j = a + 1; j < toks.length && j < a + 60; j++) {
    const t = toks[j]!;
    const next = toks[j + 1];
    if (!next) break;
    // "… for a man who earns $11 billion and, records show, …": a conjunction before the comma stays out.
    if (subordinate && t.norm === ',') return toks[/^(and|but|or)$/.test(toks[j - 1]!.norm) && j - 2 > a ? j - 2 : j - 1]!.end;
    if (t.norm === ',' && /^(despite)$/.test(next.norm)) return toks[j - 1]!.end;
    if (t.norm === 'even' && /^(if|though)$/.test(next.norm)) return toks[j - 1]!.end;
    if (/^(as|after)$/.test(t.norm) && next.tags.includes('Determiner') && j > a + 2) return toks[j - 1]!.end;
  }
  return Infinity;
}

/** "X is expected to continue, with Y …", "while X are expected to back her, she …": the content ends with its clause. */
function clauseEndChar(doc: Document, toks: readonly Token[], a: number, sentenceEnd: number): number {
  if (a >= toks.length) return sentenceEnd;
  const { cut } = clauseEnd(doc, toks, a, toks.length);
  return cut < toks.length ? toks[cut - 1]!.end : sentenceEnd;
}

/** "seemed uneasy", "seems like a turning point": a predicate after a raising verb. (An adverb before an adjective,
 * "seemed equally calm", was measured below break-even.) */
function predicateAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  return !!t && (t.tags.includes('Adjective') || t.norm === 'like');
}
