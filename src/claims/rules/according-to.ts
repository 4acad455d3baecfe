/** "According to S, C" and "C, according to S": the source follows the cue, the content is the rest. */
import { defineRule } from '../../pipeline/rule.js';
import type { Document, Token } from '../../doc/document.js';
import { findCues } from '../../cues/index.js';
import { sideOf } from '../../cues/quotes.js';
import { contentSpan, datelineLength } from '../content.js';
import { sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

/** "according to plan": a norm or schedule, not a source. */
const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'script', 'tradition', 'custom', 'protocol', 'design', 'taste', 'rank', 'size', 'age', 'need', 'needs']);

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/according-to',
  kind: 'claims',
  description: '"according to S, C" and "C, according to S", with the source named after the cue',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'According to regional analysts, the rebels are regrouping in the hills.', expect: { cue: 'According to', sourceText: 'regional analysts', content: 'the rebels are regrouping in the hills', cueClass: 'according-to', sourceKind: 'anonymous' } },
      { text: 'Turnout fell to 41 percent, according to the electoral commission.', expect: { sourceText: 'the electoral commission', content: 'Turnout fell to 41 percent' } },
      { text: 'The talks will resume on Monday, according to two people familiar with the plans.', expect: { sourceText: 'two people familiar with the plans', sourceKind: 'anonymous' } },
      { text: 'Turnout was weak: 41 percent of voters cast a ballot, according to the election board.', expect: { sourceText: 'the election board', content: '41 percent of voters cast a ballot' } },
      { text: 'Over the long term, according to Dr. Ana M. Ruiz, the clinic will need two more nurses.', expect: { sourceText: 'Dr. Ana M. Ruiz', content: 'Over the long term, according to Dr. Ana M. Ruiz, the clinic will need two more nurses' } },
      { text: 'While most ballots were counted by hand, according to a county official, the rest went through scanners.', expect: { sourceText: 'a county official', content: 'the rest went through scanners' } },
      { text: 'The mill closed in 1998, according to Ana Ruiz, a former foreman.', expect: { content: 'The mill closed in 1998' } },
    ],
    noMatch: ['The launch went according to plan on Thursday.', 'The pay rise will be phased in according to their needs.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (const hit of findCues(sentence, ctx.data.cues)) {
        if (hit.entry.pos !== 'prep' || !hit.entry.claim) continue;
        let end = hit.to;
        // "(93 percent were white, according to exit polls)": the parenthesis closes the source; its own "(AROS)" does not.
        let depth = 0;
        while (end < toks.length && end < hit.to + 25 && toks[end]!.norm !== ',' && !stopsSource(toks, end) && !sideOf(doc, toks[end]!)) {
          depth += toks[end]!.norm === '(' ? 1 : toks[end]!.norm === ')' ? -1 : 0;
          if (depth < 0) break;
          end++;
        }
        if (end === hit.to) continue;
        const first = toks[hit.to]!.tags.includes('Determiner') ? toks[hit.to + 1] : toks[hit.to];
        // "according to plan", "according to their needs"; but "according to people familiar with the plans" is a source.
        if ((end - hit.to <= 3 && NOT_SOURCES.has(toks[end - 1]!.norm)) || (first && NOT_SOURCES.has(first.norm))) continue;
        const source = sourceOf(doc, ctx.records.entities, toks, { from: hit.to, to: end });
        const lead = toks.slice(0, hit.from).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
        // "Sales, according to the firm, fell": a credit set off by commas inside its content takes the whole sentence.
        const ap = creditEnd(toks, end);
        const after = toks[ap + 1];
        const inside = lead > 1 && toks[hit.from - 1]?.norm === ',' && toks[ap]?.norm === ',' && !!after && /[\p{L}\p{N}]/u.test(after.text)
          && !after.tags.includes('Gerund') && !/^(but|and|while|which|who|as|although|though)$/.test(after.norm);
        // "While most were marked confidential, according to an official, two were secret": the credit goes with the main clause after it.
        const subordinate = inside && SUBORDINATE_LEAD.test(leadWord(toks, hit.from)) && toks.slice(ap + 1).some(finite);
        const content = lead <= 1 || subordinate
          ? contentSpan(doc, toks[Math.min((subordinate ? ap : end) + 1, toks.length - 1)]!.start, sentence.end)
          : contentSpan(doc, startPast(inside ? sentence.start : toks[clauseStartBefore(doc, toks, hit.from)]!.start, sentence.start, sentence.text), inside ? sentence.end : toks[hit.from]!.start);
        if (!content) continue;
        const cue = doc.span(toks[hit.from]!.start, toks[hit.to - 1]!.end);
        ctx.emit({ ...source, cue, cueClass: 'according-to', content, mode: modeOf(doc, content), hedged: hit.entry.claim.hedged || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

const finite = (t: Token) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Infinitive');

/**
 * The comma after the credit's source, past an appositive of the source: "…, according to Dennis
 * Ross, a former envoy, was a decision" (the clause resumes at "was"). An appositive running to the
 * sentence end with no verb ("…, according to a lawsuit filed by Ana Ruiz, a former mayor.") is part
 * of the credit: the credit then ends the sentence.
 */
function creditEnd(toks: readonly Token[], end: number): number {
  const first = toks[end + 1];
  if (toks[end]?.norm !== ',' || !first || !['Determiner', 'Adjective', 'Noun'].some((g) => first.tags.includes(g))) return end;
  let j = end + 1;
  while (j < toks.length && toks[j]!.norm !== ',' && !/^[.;!?]$/.test(toks[j]!.text)) {
    if (finite(toks[j]!) && j > end + 1) return end;
    j++;
  }
  // "…, a former envoy, was a decision": the clause resumes with its verb after the appositive.
  if (toks[j]?.norm === ',' && toks[j + 1] && finite(toks[j + 1]!)) return j;
  return toks[j]?.norm === ',' ? end : toks.length;
}

const SUBORDINATE_LEAD = /^(when|while|whereas|although|though|if|because|since|after|before|once|unless|as)$/;

/** The first word of the sentence, past a leading conjunction or adverb and its comma ("So, when …", "But while …"). */
function leadWord(toks: readonly Token[], cue: number): string {
  let j = 0;
  while (j < cue - 1 && (/^(so|but|and|yet|still|now)$/.test(toks[j]!.norm) || toks[j]!.norm === ',' || sideOfText(toks[j]!.text))) j++;
  return toks[j]?.norm ?? '';
}

const sideOfText = (t: string) => /^["“”'‘’]+$/u.test(t);

/** A period inside the sentence is an abbreviation's ("according to Ms. Ruiz", "Ana M. Ortiz"), not the end of the source. */
function stopsSource(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!.text;
  return /^[;!?]$/.test(t) || (t === '.' && !/^\p{L}/u.test(toks[j + 1]?.text ?? ''));
}

/**
 * Where a trailing credit's content starts: the clause it closes, not the whole sentence. "Turnout
 * was low: 41 percent voted, according to the board" credits what follows the colon, "(41 percent,
 * according to the board)" what the parenthesis holds. A colon inside a quoted title is no boundary.
 * (A relative clause or an absolute "with" clause before the credit, "his mother, who died in May,
 * according to the AP", was measured both ways: annotators credit the whole sentence as often.)
 */
function clauseStartBefore(doc: Document, toks: readonly Token[], cue: number): number {
  let quoted = false;
  // Bounded: a credit looks back at most 80 tokens (the sentence start otherwise, as before).
  for (let j = cue - 1; j > 0 && j > cue - 80; j--) {
    const side = sideOf(doc, toks[j]!);
    if (side) quoted = side === 'close';
    const n = toks[j]!.norm;
    if (!quoted && (n === ':' || n === ';' || n === '(')) return j + 1;
    if (n === ')') return 0;
  }
  return 0;
}

/** "BERLIN — The coalition lost its majority, according to figures.": a content opening the sentence starts past the wire's dateline. */
function startPast(start: number, sentenceStart: number, text: string): number {
  if (start !== sentenceStart) return start;
  const n = datelineLength(text);
  return start + n;
}
