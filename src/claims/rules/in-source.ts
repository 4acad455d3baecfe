/**
 * A finding credited to a document by "in": "In a new survey, 40 percent of voters backed the plan",
 * "the mayor leads by six points in the latest poll", and a viewpoint credited by "in the eyes of X"
 * or "in X's view". The cue is the preposition (with "the eyes of" or "view"), the source the
 * document or person, the content the clause around it.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { nounPhraseAfter, type Phrase } from '../../cues/frame.js';
import { contentAfter, contentSpan } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

/** Documents whose figures the text reports: the head noun of the phrase after "in". */
const FINDINGS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'analysis', 'census', 'tally', 'count', 'estimate', 'estimates', 'projection', 'projections', 'forecast', 'forecasts', 'audit', 'findings', 'average']);
const PARTAKE = new Set(['involved', 'participated', 'participating', 'enrolled', 'included', 'part', 'took', 'participate', 'taking']);
const VIEWS = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'words', 'mind']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/in-source',
  kind: 'claims',
  description: 'Findings and views credited by "in": "In a new survey, C", "C in the latest poll", "in the eyes of X", "in X\'s view"',
  confidence: 0.6,
  examples: {
    match: [
      { text: 'In a survey released on Monday, 40 percent of farmers backed the subsidy.', expect: { cue: 'In', sourceText: 'a survey', content: '40 percent of farmers backed the subsidy', cueClass: 'evidence' } },
      { text: 'The mayor leads her rival by six points in the latest city poll.', expect: { cue: 'in', sourceText: 'the latest city poll', content: 'The mayor leads her rival by six points' } },
      { text: 'In the latest Gallup/Ipsos survey, conducted in May, most farmers backed the subsidy.', expect: { cue: 'In', sourceText: 'the latest Gallup/Ipsos survey', content: 'most farmers backed the subsidy' } },
      { text: 'In a Fresno Bee poll last month, the mayor led her rival by six points.', expect: { cue: 'In', sourceText: 'a Fresno Bee poll', content: 'the mayor led her rival by six points', cueClass: 'evidence' } },
      { text: 'In the eyes of many farmers, the subsidy came too late.', expect: { cue: 'In the eyes of', sourceText: 'many farmers', content: 'the subsidy came too late', cueClass: 'belief' } },
    ],
    noMatch: ['Dr. Lena Park, who was not involved in the study, called it careful work.', 'She works in polling for a firm in Ohio.', 'The results were in the report on page six.', 'Most of the farmers in the survey said they would plant less corn.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let i = 0; i < toks.length - 2; i++) {
        if (toks[i]!.norm !== 'in') continue;
        const found = creditAfter(toks, i) ?? (i === 0 || (i === 1 && /^(but|and)$/.test(toks[0]!.norm)) ? frontedPoll(toks, i) : null);
        if (!found) continue;
        const { source, cueEnd, cueClass } = found;
        const end = Math.max(source.to, cueEnd);
        // "Twelve percent of those in the survey were unsure": a verb right after the source puts the
        // phrase inside the subject (which group was polled), not after a finding.
        const fronted = i === 0 || toks[i - 1]!.norm === ',';
        if (!fronted && toks[end]?.tags.includes('Verb') && !toks[end]!.tags.includes('Gerund')) continue;
        // "who was not involved in the study", "patients enrolled in the trial": taking part in a study is no finding of it.
        if (!fronted && PARTAKE.has(toks[i - 1]!.norm)) continue;
        // Fronted ("In a survey, C") or trailing ("C in the latest poll").
        const content = i === 0 || toks[i - 1]!.norm === ','
          ? toks[end]?.norm === ',' || toks[end]?.tags.includes('Preposition') || toks[end]?.tags.includes('PastTense') || found.fronted ? contentAfter(doc, sentence, commaAfter(toks, end)) : null
          : contentSpan(doc, toks[lastComma(toks, i)]!.start, toks[i - 1]!.end);
        // "Though he trails in the poll, …": a subordinate clause is not the finding.
        if (content && /^(though|although|after|because|while|where|when|as|depending|if|since|but|and|who|whose|which)$/i.test(doc.tokenAt(content.start)?.norm ?? '')) continue;
        if (!content || content.start < toks[i]!.end && toks[i]!.start < content.end) continue;
        ctx.emit({ ...sourceOf(doc, ctx.records.entities, toks, source), cue: doc.span(toks[i]!.start, toks[cueEnd - 1]!.end), cueClass, content, mode: modeOf(doc, content), hedged: cueClass === 'belief' || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

type Credit = { source: Phrase; cueEnd: number; cueClass: 'evidence' | 'belief'; fronted?: boolean };

/**
 * "In a Des Moines Register poll last month, C", "In the most recent YouGov/Economist survey, C": a
 * sentence that opens with a poll or survey before its first comma reports its figures, whatever the
 * words around the head ("study" and "report" were measured below half there: "In a recent study of
 * …" opens an argument as often as a finding).
 */
function frontedPoll(toks: readonly Token[], i: number): Credit | null {
  const first = toks[i + 1];
  if (!first || !(first.tags.includes('Determiner') || first.tags.includes('Possessive') || /^\p{Lu}/u.test(first.text))) return null;
  for (let j = i + 1; j < toks.length && j < i + 12 && toks[j]!.norm !== ','; j++) {
    if (/^(poll|survey)$/.test(toks[j]!.norm)) return { source: { from: i + 1, to: j + 1 }, cueEnd: i + 1, cueClass: 'evidence', fronted: true };
  }
  return null;
}

function creditAfter(toks: readonly Token[], i: number): Credit | null {
  // "in the eyes of X"
  if (toks[i + 1]?.norm === 'the' && toks[i + 2]?.norm === 'eyes' && toks[i + 3]?.norm === 'of') {
    const np = nounPhraseAfter(toks, i + 4);
    return np ? { source: np, cueEnd: i + 4, cueClass: 'belief' } : null;
  }
  const np = nounPhraseAfter(toks, i + 1);
  if (!np || np.to - np.from < 2) return null;
  const head = toks[np.to - 1]!.norm;
  // "in X's view", "in his words": the owner is the source, the noun part of the cue.
  if (VIEWS.has(head)) {
    const owner = toks.slice(np.from, np.to - 1).findIndex((t) => t.norm === "'s" || t.tags.includes('Possessive'));
    // "in my view", "in his words": a speaker's aside, seldom annotated as an attribution of its own.
    if (owner < 0 || head === 'mind' || (owner === 0 && /^(my|his|her|our|your|its|their)$/.test(toks[np.from]!.norm))) return null;
    const ownerEnd = np.from + owner + (toks[np.from + owner]!.norm === "'s" ? 0 : 1);
    return ownerEnd > np.from ? { source: { from: np.from, to: ownerEnd }, cueEnd: np.to, cueClass: 'belief' } : null;
  }
  const det = toks[np.from]!;
  // "leads in the polls", "in recent national polls": polls in general, not one document the text reports from.
  if (head.endsWith('s') && head !== 'findings') return null;
  if (!FINDINGS.has(head) || !(det.tags.includes('Determiner') || det.tags.includes('Possessive') || det.tags.includes('Adjective') || det.tags.includes('ProperNoun'))) return null;
  return { source: np, cueEnd: i + 1, cueClass: 'evidence' };
}

/** The token after the comma that closes a fronted "In a survey released Monday," (or `from` itself). */
function commaAfter(toks: readonly Token[], from: number): number {
  for (let j = from; j < Math.min(toks.length, from + 10); j++) {
    if (toks[j]!.norm !== ',') continue;
    // "In a poll of 900 voters, conducted in May, C": a participle phrase after the comma belongs to the source.
    const next = toks[j + 1];
    if (next && (next.tags.includes('PastTense') || next.tags.includes('Gerund'))) return commaAfter(toks, j + 2) === j + 2 ? j + 1 : commaAfter(toks, j + 2);
    return j + 1;
  }
  return from;
}

/** The first token of the clause holding token i: after the last comma before it, or the sentence start. */
function lastComma(toks: readonly Token[], i: number): number {
  for (let j = i - 1; j > 0; j--) if (toks[j]!.norm === ',' || toks[j]!.norm === ';') return j + 1;
  return 0;
}
