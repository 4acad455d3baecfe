/**
 * Claims from verb cues in one sentence: "S said (that) C", "C, S said", "C, said S",
 * "S told reporters C", "“A,” he said, “B.”", coordinated cues ("condemned X and accused Y") and
 * participle cues (", adding that C") that take the subject of the cue before them.
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Entity } from '../schema/entity.js';
import type { Span } from '../schema/span.js';
import type { CueClass } from '../schema/claim.js';
import { claimsIn, type CueHit } from '../cues/index.js';
import { modifiersBefore, nounPhraseAfter, subjectBefore } from '../cues/frame.js';
import { closesQuote, closesQuoteAfterComma, insideInlineQuote, paragraphBreakBefore, sideOf } from '../cues/quotes.js';
import { AUX, has } from '../cues/words.js';
import { isAgentParticiple } from '../cues/noun-phrase.js';
import { hedgedText, modeOf } from './mode.js';
import { contentAfter, contentBefore } from './content.js';
import { appositiveEnd, interrupted, isEnd } from './interrupted.js';
import { afterColon, clauseBefore, isTime, isTimeHead, nearSubject, trailing, withoutTakenBack } from './adjuncts.js';
import { sourceOf, type Source } from './source.js';
import { objectContent, takesObject } from './object.js';
import { withParticle } from './particle.js';
import { contentStart, coordinatedStop, hearerEnd, TELL } from './frame-bounds.js';
import { inConditional, isPassive } from '../cues/clause.js';
import { creditSubject } from './credit-subject.js';
import { initialSubject } from './initial-subject.js';
import { issuedDocument, leadIn } from './light-verb.js';
import { thoughtClause } from './clause-cues.js';
import { creditInside, quotedPredicate } from './credit-inside.js';
import { objectCompound, participleAside, resultsReport } from './not-credit.js';

export interface ClaimDraft extends Source {
  cue: Span;
  cueClass: CueClass;
  content: Span;
  mode: 'direct' | 'indirect' | 'mixed';
  hedged: boolean;
}

/** Handled by the impersonal rule: the subject is part of the content ("X appears to be weakening"). */
const IMPERSONAL = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** "you'll find a list", "voters find him aloof": present "find" reports a finding only before "that" (past "found" does more often). */
const NOT_REPORTS = new Set(['find', 'finds', 'finding']);

/** Reporting verbs that put their source after them ("…, said Smith", "…, wrote the judge"). */
const INVERTING = /^(?:sa(?:y|ys|id)|add|ask|writ|wrote|not|explain|continu|insist|repl|respond|argu|warn|declar|recall|acknowledg|admit|conclud|observ|remark|announc|report|counter|quip|complain|caution|predict|estimat|suggest|told|tell|claim|contend|emphasi|stress|tweet|post|confirm|recount|believ|think|thought|fear|hope|agre|exclaim|shout|whisper|joke|laugh|conced|assert|maintain|urg|reckon)/;

/**
 * "plans to spend $10 million" states an intention; "plans your state offers", "is planning a referendum" name a thing
 * ("plan" is mostly a noun the tagger reads as a verb): a belief verb that needs its complement to report anything.
 */
const COMPLEMENT: ReadonlyMap<string, RegExp> = new Map([['plan', /^to$/]]);
const needsComplement = (toks: readonly Token[], hit: CueHit) => {
  const re = COMPLEMENT.get(hit.entry.phrase);
  return !!re && !re.test(toks[hit.to]?.norm ?? '');
};

/**
 * "Do you think it will pass?": a belief put to the hearer is a question, not a claim (about a third were attributions
 * on the dev corpus). "I think the votes are there" (an interview answer, an op-ed) and "we believe" are the
 * speaker's or writer's own beliefs, which PolNeAR marks (inside a quotation the resolver drops them anyway).
 */
const FIRST_PERSON = new Set(['you']);

/**
 * The subject of the sentence's first finite verb, for a participle cue with no cue before it. A fronted
 * participle ("Speaking in Ohio, Ruiz praised …") or an infinitive is no finite verb; a copula or auxiliary
 * with no main verb after it is ("Ruiz has been on the sidelines, arguing …").
 */
function mainSubject(doc: Document, entities: readonly Entity[] | undefined, toks: readonly Token[], before: number): Source | null {
  const finite = (t: Token, i: number) => i < before && t.tags.includes('Verb') && !/ing$/.test(t.norm) && toks[i - 1]?.norm !== 'to';
  let v = toks.findIndex((t, i) => finite(t, i) && !AUX.has(t.norm));
  const aux = toks.findIndex((t, i) => finite(t, i) && AUX.has(t.norm));
  if (v < 0) v = aux;
  const sub = v > 0 ? subjectBefore(toks, v) : null;
  return sub ? sourceOf(doc, entities, toks, sub, sub.antecedent) : null;
}



export function verbClaims(doc: Document, entities: readonly Entity[] | undefined, sentence: Sentence, hits: readonly CueHit[]): ClaimDraft[] {
  const toks = sentence.tokens;
  const out: ClaimDraft[] = [];
  let last: Source | null = null;
  for (let h = 0; h < hits.length; h++) {
    const hit = withParticle(toks, hits[h]!);
    const claim = hit.entry.claim;
    if (!claim || !(claimsIn(hit.entry, hit.head) || thoughtClause(toks, hit.from)) || hit.entry.pos !== 'verb' || IMPERSONAL.has(hit.head) || (NOT_REPORTS.has(hit.head) && toks[hit.to]?.norm !== 'that')) continue;
    if (needsComplement(toks, hit) || resultsReport(toks, hit) || participleAside(toks, hit) || objectCompound(toks, hit, hits)) continue;
    // "told an earnings briefing that": a word inside the hearer of the cue before is no cue of its own.
    if (h > 0 && TELL.has(hits[h - 1]!.head) && hearerEnd(toks, hits[h - 1]!) > hit.from) continue;
    if (insideInlineQuote(doc, toks, hit.from) || inConditional(toks, hit.from) || isPassive(toks, hit.from)) continue;
    const m = modifiersBefore(toks, hit.from);
    // The cue keeps its auxiliaries and adverbs ("has long said"), as PARC and PolNeAR mark it.
    // A lexicon phrase ending in "that" ("insist that") keeps the complementiser out of the cue, as PolNeAR does.
    const cueTo = hit.to - 1 > hit.from && toks[hit.to - 1]!.norm === 'that' ? hit.to - 1 : hit.to;
    let cue = doc.span(toks[m.groupStart]!.start, toks[cueTo - 1]!.end);
    // Adjuncts between cue and content belong to the cue ("said in an interview"), but not its
    // time ("said on Friday"): PolNeAR leaves dates out of the cue.
    const widen = (upTo: number) => {
      let e = upTo;
      // ("said in a lawsuit filed last month that": the participle goes with its time.)
      while (e > hit.to && (/^[,:;—–-]$|^that$/.test(toks[e - 1]!.norm) || isTime(toks[e - 1]!) || (isAgentParticiple(toks[e - 1]) && has(toks[e - 2], 'Noun')))) e--;
      while (e > hit.to && has(toks[e - 1], 'Preposition')) e--;
      const first = toks[hit.to];
      // "said of Clinton", "said to the nominee", "said when": the hearer or topic is not part of the cue.
      const adjunct = first && !/^(of|to|about|when|with|for|as|if|because)$/.test(first.norm) && has(first, 'Preposition') && !isTime(toks[hit.to + 1]);
      if (adjunct && e > hit.to && e - hit.to <= 6 && !TELL.has(hit.head)) cue = doc.span(cue.start, toks[e - 1]!.end);
    };
    const before = toks[m.groupStart - 1];
    const stop = coordinatedStop(toks, hits, h, (k) => insideInlineQuote(doc, toks, k.from) || participleAside(toks, k));
    let source: Source | null = null;
    let content: Span | null = null;
    // "“Q,” Ana Ruiz, 59, a nurse in Dayton, Ohio, said": appositives the subject scan cannot read, bounded by the quotation,
    // or by the sentence start ("Ana Ruiz, 59, a nurse in Dayton, Ohio, said …"); a bare participle cue (", adding")
    // takes the subject of its clause instead.
    // "The campaign issued a statement Tuesday saying C": the cue runs from the issuing verb, whose subject is the source.
    // "went on to say C", "took to Twitter to call X Y": the same for a lead-in verb before an infinitive cue.
    const issued = m.groupStart === hit.from ? (leadIn(toks, hit.from) >= 0 ? leadIn(toks, hit.from) : issuedDocument(toks, hit.from, hits)) : -1;
    const g = issued >= 0 ? modifiersBefore(toks, issued).groupStart : m.groupStart;
    if (issued >= 0) cue = doc.span(toks[g]!.start, cue.end);
    const near = nearSubject(toks, issued >= 0 ? issued : hit.from);
    const credit = creditSubject(doc, toks, g, hits) ?? (hit.head.endsWith('ing') && g === hit.from ? null : initialSubject(doc, toks, g, hits));
    const subject = credit && (!near || near.from > credit.from) ? credit : near;
    // "said in a notice posted online that …": a participle on the object of a preposition is a reduced relative.
    if (subject && m.groupStart === hit.from && /^(in|on|at|by|from|with|under|into|through|via)$/.test(toks[subject.from - 1]?.norm ?? '') && isAgentParticiple(toks[hit.from]) && has(toks[hit.to], 'Preposition')) continue;
    if (subject && claim.cueClass === 'belief' && subject.to - subject.from === 1 && FIRST_PERSON.has(toks[subject.from]!.norm)) continue;
    // "What parents want is ...": a free relative names a thing, it reports no claim.
    // "Let's say the vote fails": an imperative supposition, not a report.
    if (subject && (toks[subject.from - 1]?.norm === 'what' || toks[subject.from]!.norm === 'what' || toks[subject.to - 1]!.norm === 'let')) continue;
    // "a program called Safe Streets", "something called a carbon tax": a name given, not words reported.
    if (subject && /^(called|named|dubbed)$/.test(hit.head) && m.groupStart === hit.from && /^(a|an|something|one)$/.test(toks[subject.from]!.norm) && !has(toks[hit.from - 1], 'ProperNoun') && !has(toks[hit.from - 1], 'Pronoun') && (toks[subject.from]!.norm === 'something' || /^\p{Lu}/u.test(toks[hit.to]?.text ?? '') || !!(toks[hit.to] && sideOf(doc, toks[hit.to]!)))) continue;
    if (subject && !isTimeHead(toks, subject)) {
      // "Khan, who is a lawyer, said": the relative clause belongs to the source span.
      const rel = toks[subject.to]?.norm === ',' && /^(who|whose)$/.test(toks[subject.to + 1]?.norm ?? '') && toks[m.groupStart - 1]?.norm === ',';
      source = sourceOf(doc, entities, toks, rel ? { from: subject.from, to: m.groupStart - 1 } : subject, rel ? subject : subject.antecedent);
      const a = contentStart(toks, hit, !hit.entry.stance && claim.cueClass === 'speech');
      // The token before the subject, across a sentence break ("“Q.” Ruiz said.") but not a paragraph break:
      // a quotation closing the paragraph before is no content of a speaker opening this one.
      const prev = subject.from > 0 ? toks[subject.from - 1] : paragraphBreakBefore(doc, toks[0]!.i) ? undefined : doc.tokens[toks[0]!.i - 1];
      const tail = trailing(doc, toks, hearerEnd(toks, hit));
      // "“Q,” he said after meeting the envoy": a quotation closed by a comma right before the subject
      // is the content whatever follows the cue.
      const quoted = closesQuoteAfterComma(doc, prev);
      // "In July, the group called for a moratorium": a fronted adjunct is not a content; the object after the cue is.
      // "Asked about it, O'Neill said, “Not now.”": a quotation opening right after the cue is the content.
      const quoteAfter = /^[,:]$/.test(toks[hit.to]?.norm ?? '') && !!toks[hit.to + 1] && sideOf(doc, toks[hit.to + 1]!) === 'open';
      const fronted = (!!prev && prev.norm === ',' && !quoted && !clauseBefore(doc, sentence, subject.from)) || (quoteAfter && !quoted);
      const postposed = prev && (prev.norm === ',' || closesQuote(doc, prev) || prev.norm === '—') && (tail.ok || quoted) && !fronted;
      if (postposed) {
        const end = tail.ok ? tail.end : hit.to;
        if (tail.ok) widen(end);
        content = interrupted(doc, sentence, contentBefore(doc, sentence, subject.from), end, true);
      } else {
        widen(a);
        // "…, a charge the army denied": what is denied is the clause before the taken-back noun.
        const back = near && toks[near.from - 3]?.norm === ',' && withoutTakenBack(toks, { from: near.from - 2, to: near.to })!.from === near.from;
        content = back ? contentBefore(doc, sentence, near.from - 2) : (takesObject(toks, hit) ? objectContent(doc, sentence, a, stop) : null) ?? contentAfter(doc, sentence, a, stop) ?? afterColon(doc, sentence, a) ?? yesOrNo(doc, toks, a, claim.cueClass);
      }
      const inside = creditInside(doc, sentence, subject.from, tail, stop) ?? quotedPredicate(doc, toks, subject.from, quoteAfter ? hit.to + 1 : -1, content);
      if (inside) content = inside;
    } else if (before && (before.norm === ',' || closesQuote(doc, before))) {
      const np = nounPhraseAfter(toks, hit.to);
      // "said Smith in an interview on Friday.": adjuncts may follow the inverted source.
      const tail = np && has(toks[np.to], 'Preposition') ? trailing(doc, toks, np.to) : null;
      // Only speech verbs invert ("…, said Smith"); "The visit, …, signals a shift" has no source after it.
      // "“Q,” said Smith after the vote": right after a quotation, any speech verb inverts, whatever follows its source.
      // ('Ruiz, who calls him a “fraud,” said he …': a pronoun with a clause after it is the subject of that clause, not an inverted source.)
      const clauseAfter = !!np && np.to - np.from === 1 && /^(he|she|they|we|i|it)$/.test(toks[np.from]!.norm) && !!toks[np.to] && !isEnd(doc, toks[np.to]) && toks[np.to]!.norm !== ',';
      const quoted = closesQuoteAfterComma(doc, before) && claim.cueClass === 'speech' && !clauseAfter;
      if (np && (INVERTING.test(hit.head) || quoted) && !hit.head.endsWith('ing') && (isEnd(doc, toks[np.to]) || toks[np.to]!.norm === ',' || tail?.ok || quoted) && /\p{L}/u.test(toks[np.from]!.text)) {
        // The source keeps its appositive, as PolNeAR marks it ("said Ana Ruiz, a lawyer for the city.").
        source = sourceOf(doc, entities, toks, { from: np.from, to: appositiveEnd(doc, toks, np.to) }, np);
        content = interrupted(doc, sentence, contentBefore(doc, sentence, m.groupStart), tail?.ok ? tail.end : np.to);
      } else if (hit.head.endsWith('ing') && (last ?? (last = mainSubject(doc, entities, toks, hit.from)))) {
        source = last; // ", adding that C": the subject of the clause before
        content = contentAfter(doc, sentence, contentStart(toks, hit, true), stop);
      }
    // "… before clarifying that C" reports speech; "think twice before agreeing to the tests" names an act (a stance verb).
    } else if (before && (/^(by|after|while|without|from)$/.test(before.norm) || (before.norm === 'before' && !hit.entry.stance)) && hit.head.endsWith('ing') && claim.cueClass === 'speech' && (last ?? (last = mainSubject(doc, entities, toks, hit.from)))) {
      source = last; // "drew fire by saying that C": the subject of the clause
      content = contentAfter(doc, sentence, contentStart(toks, hit, true), stop);
    } else if (before && /^(and|or|but)$/.test(before.norm) && (last ?? (last = mainSubject(doc, entities, toks, hit.from)))) {
      source = last; // "condemned X and accused Y", "met the mayor and said C"
      const a = contentStart(toks, hit, false);
      content = (takesObject(toks, hit) ? objectContent(doc, sentence, a, stop) : null) ?? contentAfter(doc, sentence, a, stop);
    }
    if (!source || !content || /^(itself|himself|herself|themselves|myself|ourselves)\b/i.test(content.text)) continue;
    // "A statement posted on the website said C": a bare participle whose "content" opens with the main verb is a reduced relative.
    const first = doc.tokenAt(content.start);
    if (m.groupStart === hit.from && isAgentParticiple(toks[hit.from]) && first && has(first, 'Verb') && !has(first, 'Gerund') && !AUX.has(first.norm) && has(doc.tokens[first.i - 1], 'Noun') && content.start > cue.end) continue;
    // A belief may take a noun phrase ("voters want change", as PolNeAR marks it), but a belief nested in
    // another claim of the sentence ("told the paper that Ruiz believes") is the outer claim's.
    if (claim.cueClass === 'belief' && out.some((o) => o.content.start <= cue.start && cue.start < o.content.end)) continue;
    last = source;
    out.push({ ...source, cue, cueClass: claim.cueClass, content, mode: modeOf(doc, content), hedged: claim.hedged || m.hedged || hedgedText(doc, content) });
  }
  return out;
}

/** "75 percent said yes, but …": a one-word answer after a speech verb is its whole content. */
function yesOrNo(doc: Document, toks: readonly Token[], a: number, cueClass: CueClass): Span | null {
  const t = toks[a];
  const next = toks[a + 1];
  if (cueClass !== 'speech' || !t || !/^(yes|no)$/.test(t.norm) || (next && !isEnd(doc, next) && !/^(,|;|and|but|while|—)$/.test(next.norm))) return null;
  return doc.span(t.start, t.end);
}
