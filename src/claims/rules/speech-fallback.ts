/**
 * A speech verb that no other rule framed still reports speech in news text: "was asked about the
 * plan", "a remark he said he regretted", a nested "I said" in a quotation. Its content is the rest
 * of the clause after the cue (or the clause before it when the cue ends the sentence); its source is
 * its subject when one stands before it, else the noun phrase after an inverted cue, else none.
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { claimsIn, findCues } from '../../cues/index.js';
import { modifiersBefore, nounPhraseAfter, subjectBefore } from '../../cues/frame.js';
import { isPassive } from '../../cues/clause.js';
import { closesQuote, insideInlineQuote } from '../../cues/quotes.js';
import { contentAfter, contentBefore } from '../content.js';
import { NO_SOURCE, sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import { participleAside, resultsReport } from '../not-credit.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';

/** Speech verbs that, unframed, mostly name an act rather than report words ("call a meeting", "vote"). */
const ACTS = /^(?:call|vote|sign|post|promot|encourag|pitch|sing|sang|chant|learn|declin|echo|project|signal|label|referenc|bet|guarant|lectur|preach|leak|brief|remind|quot|estimat|forecast|tell$)/;
const HEARERS = /^(tell|tells|told|telling|ask|asks|asked|asking|inform|informed|remind|reminded|assure|assured)$/;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/speech-fallback',
  kind: 'claims',
  description: 'A speech verb no other rule framed: its subject (if any) and the rest of its clause',
  confidence: 0.5,
  examples: {
    match: [
      { text: 'At the rally on Friday, the governor was asked about the new tax on fuel.', expect: { cue: 'was asked', sourceText: 'the governor', content: 'about the new tax on fuel' } },
      { text: 'The mayor, who spent a decade on the council and ran twice, said nothing about the budget.', expect: { cue: 'said' } },
      { text: 'Noting that turnout had doubled, the clerk said the count would take days.', expect: { cue: 'Noting', content: 'turnout had doubled', sourceText: 'the clerk' } },
      { text: 'Asked whether the bridge would reopen soon, the engineer shook her head.', expect: { cue: 'Asked', content: 'whether the bridge would reopen soon', sourceText: 'the engineer' } },
      { text: 'Okafor, asked about the missing funds, said he had done nothing wrong.', expect: { cue: 'asked', content: 'about the missing funds', sourceText: 'Okafor' } },
    ],
    noMatch: ['The council voted to close the library in March.', 'She called a meeting of the board for Monday.', 'The agency has a backlog of replies to requests for records.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const hits = findCues(sentence, ctx.data.cues);
      hits.forEach((hit) => {
        const claim = hit.entry.claim;
        // Only plain reporting verbs: a stance verb unframed ("defend", "support") mostly names an act.
        if (!claim || !claimsIn(hit.entry, hit.head) || claim.cueClass !== 'speech' || hit.entry.pos !== 'verb' || hit.entry.stance || ACTS.test(hit.head)) return;
        const toks = sentence.tokens;
        if (resultsReport(toks, hit) || participleAside(toks, hit)) return;
        const m = modifiersBefore(toks, hit.from);
        // The bare lemma is mostly an infinitive or first person ("to say", "I say"); "did not respond" reports.
        if (hit.head === hit.entry.phrase.split(' ')[0] && !m.negated) return;
        // A passive reports speech only when its subject is the hearer ("was asked about"), not the words ("written by").
        if (isPassive(toks, hit.from) && !HEARERS.test(hit.head)) return;
        // Words inside a quotation are the quoted speaker's, and a verb the tagger did not see as one ("sworn affidavit") reports nothing.
        if (insideInlineQuote(doc, toks, hit.from) || !toks[hit.from]!.tags.includes('Verb')) return;
        // "did not respond to requests for comment", "amid reports that": a plural after a preposition or determiner is a noun.
        const prevTok = toks[hit.from - 1];
        if (/s$/.test(hit.head) && !!prevTok && (prevTok.norm === 'to' || ['Preposition', 'Determiner', 'Adjective'].some((g) => prevTok.tags.includes(g)))) return;
        const cueTo = toks[hit.to - 1]!.norm === 'that' && hit.to - 1 > hit.from ? hit.to - 1 : hit.to;
        const cue = doc.span(toks[m.groupStart]!.start, toks[cueTo - 1]!.end);
        const subject = subjectBefore(toks, hit.from);
        const stop = toks.length;
        let a = hit.to;
        if (HEARERS.test(hit.head) && !isPassive(toks, hit.from) && !/^(about|for|to|if|whether)$/.test(toks[a]?.norm ?? '')) a = nounPhraseAfter(toks, a, stop)?.to ?? a;
        while (a < stop && /^(that|:|,)$/.test(toks[a]!.norm)) a++;
        // "The deal announced in November": a participle whose clause is an adjunct reports no words.
        const lead = toks[a];
        if (lead && lead.tags.includes('Preposition') && !HEARERS.test(hit.head) && !/^(about|for)$/.test(lead.norm)) return;
        // "Asked whether the plan would pass, the mayor said …": a fronted participle's content ends where the main clause starts.
        // "Noting that X, the senator said …", "While saying X, he added …": a fronted participle clause works the same way.
        const fronted = m.groupStart === 0 || (m.groupStart === 1 && /^(while|after|before|upon|by)$/.test(toks[0]!.norm) && hit.head.endsWith('ing'));
        const main = fronted && /(ed|ing)$/.test(hit.head) ? mainClauseAt(toks, a) : -1;
        // "Smith, asked about the allegations, said …": a participle aside ends at the comma before the finite verb.
        const aside = !fronted && toks[m.groupStart - 1]?.norm === ',' && /ed$/.test(hit.head) ? asideEnd(toks, a) : -1;
        let content = contentAfter(doc, sentence, a, main > 0 ? main : aside > 0 ? aside : stop);
        const long = subject ? null : main > 0 ? nounPhraseAfter(toks, main + 1) : leadingSubject(toks, m.groupStart);
        let source = subject ? sourceOf(doc, ctx.records.entities, toks, subject, subject.antecedent) : long ? sourceOf(doc, ctx.records.entities, toks, long) : NO_SOURCE;
        const before = toks[m.groupStart - 1];
        if (!subject && !long && hit.head.endsWith('ing')) return; // "Adding to the complexity, ...": no speaker
        if (!content && before && before.norm !== ',' && !closesQuote(doc, before) && !(subject && (toks[subject.from - 1]?.norm === ',' || closesQuote(doc, toks[subject.from - 1])))) return;
        if (!content) {
          // "…, said the mayor." or "…, he said.": the clause before the cue.
          const inverted = !subject || subject.to < m.groupStart - 1 ? nounPhraseAfter(toks, hit.to) : null;
          if (inverted && !subject) source = sourceOf(doc, ctx.records.entities, toks, inverted);
          const end = subject ? subject.from : m.groupStart;
          content = contentBefore(doc, sentence, toks[end - 1]?.norm === ',' ? end - 1 : end);
        }
        if (!content || content.start < cue.end && cue.start < content.end) return;
        ctx.emit({ ...source, cue, cueClass: 'speech', content, mode: modeOf(doc, content), hedged: claim.hedged || m.hedged || hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      });
    }
  },
});

/**
 * "Ana Ruiz, 59, of Springfield, Va., said": a subject with commas inside, from the sentence start
 * to the comma before the cue, when nothing in it looks like a clause of its own.
 */
function leadingSubject(toks: readonly Token[], groupStart: number): { from: number; to: number } | null {
  const end = groupStart - 1;
  if (toks[end]?.norm !== ',' || end < 1 || end > 30) return null;
  const first = toks[0]!;
  if (!/^\p{Lu}/u.test(first.text) || !first.tags.some((t) => t === 'Noun' || t === 'Determiner' || t === 'ProperNoun')) return null;
  for (let j = 1; j < end; j++) {
    const t = toks[j]!;
    if (t.tags.includes('Verb') && !t.tags.includes('Noun') && !t.tags.includes('PastTense') && !/^(who|whose)$/.test(toks[j - 1]!.norm)) return null;
  }
  return { from: 0, to: end };
}

/** The comma that closes a participle aside, when a finite verb follows it ("…, asked about it, said"): its index, or -1. */
function asideEnd(toks: readonly Token[], a: number): number {
  for (let j = a; j < Math.min(toks.length - 1, a + 15); j++) {
    if (toks[j]!.norm !== ',') continue;
    const v = toks[j + 1]!;
    return v.tags.includes('Verb') && !v.tags.includes('Gerund') && !v.tags.includes('Noun') ? j : -1;
  }
  return -1;
}

/** The comma before the main clause ("…, the mayor said"): its token index, or -1. */
function mainClauseAt(toks: readonly Token[], a: number): number {
  for (let j = a + 1; j < toks.length - 2; j++) {
    if (toks[j]!.norm !== ',') continue;
    const np = nounPhraseAfter(toks, j + 1);
    const verb = np ? toks[np.to] : undefined;
    if (np && np.to - np.from <= 8 && !/^(which|who|whom|whose|where|when)$/.test(toks[j + 1]!.norm) && verb && (verb.tags.includes('Verb') || AUXW.test(verb.norm)) && !verb.tags.includes('Gerund')) return j;
  }
  return -1;
}
const AUXW = /^(has|have|had|is|was|were|are|will|would|could|did|does)$/;
