/**
 * A claim noun with its preposition and a phrase for content: "her calls for a recount", "questions
 * about his taxes", "Smith's promise to cut fees". The source
 * is the possessor or the subject of a light verb ("renewed calls for"); else there is none.
 * Received criticism turns the frame round: "The plan has drawn sharp criticism from farmers" credits
 * the farmers (after "from") with a position on the subject, the plan (see `received`).
 */
import { defineRule } from '../../pipeline/rule.js';
import type { Token } from '../../doc/document.js';
import { modifiersBefore, nounPhraseAfter, nounPhraseBefore, subjectBefore, type Phrase } from '../../cues/frame.js';
import type { Document, Sentence } from '../../doc/document.js';
import { contentSpan } from '../content.js';
import { clauseEnd } from '../clause-end.js';
import { contentAfter } from '../content.js';
import { objectContent } from '../object.js';
import { NO_SOURCE, sourceOf } from '../source.js';
import { hedgedText, modeOf } from '../mode.js';
import type { ClaimCandidate, ClaimsData } from '../types.js';
import type { CueClass } from '../../schema/claim.js';

/** Noun + preposition pairs that report what someone said or asked for. */
const NOUN_PREPS: ReadonlyMap<string, CueClass> = new Map([
  ['calls for', 'speech'], ['questions about', 'speech'], ['promise to', 'speech'], ['promises to', 'speech'],
  ['pledge to', 'speech'], ['complaints about', 'speech'], ['demands for', 'speech'], ['praise for', 'speech'],
  ['criticism of', 'speech'], ['concerns about', 'belief'], ['concern about', 'belief'],
  // Left out: "a call for", "comments/remarks about", "a demand for", "warnings about", "support for",
  // "attacks on", "endorsement of" mostly name the act, not what was said (PolNeAR marks under a third of them).
]);
/** Nouns whose content is the noun phrase after the preposition ("criticism of the mayor"), not a clause. */
const OBJECT_NOUNS = new Set(['criticism', 'praise']);
const LIGHT_VERB = /^(renew|issu|repeat|reiterat|mak|made|rais|voic|express|echo|join|answer|fac|field|dodg|deflect|shar)/;

export default defineRule<ClaimCandidate, ClaimsData>({
  id: 'claims/noun-prep',
  kind: 'claims',
  description: 'A claim noun and its preposition: "calls for X", "questions about X", "a promise to X"; "X drew criticism from Y"',
  confidence: 0.55,
  examples: {
    match: [
      { text: 'The senator renewed her calls for a full recount of the ballots.', expect: { cue: 'calls for', sourceText: 'The senator', content: 'a full recount of the ballots' } },
      { text: 'The governor’s promise to cut fuel taxes won him the race.', expect: { cue: 'promise to', content: 'cut fuel taxes won him the race' } },
      { text: 'The pastor’s criticism of the zoning board during the hearing drew applause.', expect: { cue: 'criticism of', sourceText: 'The pastor’s', content: 'the zoning board' } },
      { text: 'The toll plan has drawn sharp criticism from commuters in the valley.', expect: { cue: 'has drawn sharp criticism', sourceText: 'commuters', content: 'The toll plan' } },
      { text: 'The senator won the endorsement of the state’s largest teachers union on Monday.', expect: { cue: 'the endorsement', content: 'The senator' } },
      { text: 'The council faced criticism from tenants that the vote was rushed.', expect: { cue: 'faced criticism', sourceText: 'tenants', content: 'the vote was rushed' } },
      { text: 'The mayor faced criticism for closing two libraries last spring.', expect: { cue: 'faced criticism', content: 'The mayor faced criticism for closing two libraries last spring' } },
    ],
    noMatch: ['The station takes calls from listeners.', 'She has questions for the board.', 'The film drew crowds from three counties.', 'Ruiz has support from 52 percent of likely voters.'],
  },
  run(ctx) {
    const { doc } = ctx;
    for (const sentence of doc.sentences) {
      const toks = sentence.tokens;
      for (let i = 0; i < toks.length - 2; i++) {
        const cueClass = NOUN_PREPS.get(`${toks[i]!.norm} ${toks[i + 1]!.norm}`);
        if (!cueClass || !toks[i]!.tags.includes('Noun')) continue;
        const content = (OBJECT_NOUNS.has(toks[i]!.norm) ? objectContent(doc, sentence, i + 2) : null) ?? contentAfter(doc, sentence, i + 2);
        if (!content) continue;
        const owner = possessor(toks, i) ?? lightVerbSubject(toks, i);
        const source = owner ? sourceOf(doc, ctx.records.entities, toks, owner) : NO_SOURCE;
        ctx.emit({ ...source, cue: doc.span(toks[i]!.start, toks[i + 1]!.end), cueClass, content, mode: modeOf(doc, content), hedged: hedgedText(doc, content), evidence: doc.span(sentence.start, sentence.end) });
      }
      for (let i = 1; i < toks.length; i++) {
        const n = toks[i]!.norm;
        const r = RECEIVED.has(n) ? received(doc, sentence, i, CRITICISM) : WON.has(n) ? received(doc, sentence, i, ENDORSEMENT) : null;
        if (!r) continue;
        const source = r.from ? sourceOf(doc, ctx.records.entities, toks, r.from) : NO_SOURCE;
        ctx.emit({ ...source, cue: doc.span(toks[r.cueFrom]!.start, toks[i]!.end), cueClass: 'speech', content: r.content, mode: 'indirect', hedged: false, evidence: doc.span(sentence.start, sentence.end) });
      }
    }
  },
});

/** Reactions a subject receives from others (PolNeAR marks two in three of "drew/faced … criticism" as attributions). */
const RECEIVED = new Set(['criticism', 'criticisms', 'condemnation', 'ridicule', 'scorn', 'derision', 'rebuke']);
/** Positions others take for the subject: "won the endorsement of X", "earned the backing of X" (four in five were attributions). */
const WON = new Set(['endorsement', 'endorsements', 'backing', 'support']);
interface Frame {
  /** Verbs by which the subject receives the noun. */
  verbs: RegExp;
  /** "won the backing of X": the giver must be named after "of"/"from" (a bare "won support" is a tally, not a position). */
  giver: boolean;
}
/** "has drawn", "faced", "sparked", "came under" criticism. */
const CRITICISM: Frame = { verbs: /^(dr[ae]w|drawn|draws|drawing|fac(e|ed|es|ing)|spark(s|ed|ing)?|attract(s|ed|ing)?|receiv(e|ed|es|ing)|got|gotten|endur(e|ed|es|ing)|under)$/, giver: false };
/** Won, earned, secured, picked up the endorsement; not "has support from 40 percent" (a poll figure) nor an infinitive "to win the support of". */
const ENDORSEMENT: Frame = { verbs: /^(won|wins|earn(ed|s)|receiv(ed|es)|secur(ed|es)|up|snag(ged|s)|land(ed|s)|garner(ed|s)|drew|draws|got|gotten|consolidated|enjoy(ed|s))$/, giver: true };

/**
 * "The plan has drawn harsh criticism from farmers": the subject is the content, the phrase after
 * "from" the source, the verb group and the noun the cue. "The mayor faced criticism for closing
 * the library": a "for" reason keeps the whole clause as content (annotators credit it either way).
 */
function received(doc: Document, sentence: Sentence, i: number, frame: Frame): { cueFrom: number; content: NonNullable<ReturnType<typeof contentSpan>>; from: Phrase | null } | null {
  const toks = sentence.tokens;
  let v = i - 1;
  while (v > 0 && v > i - 4 && !frame.verbs.test(toks[v]!.norm) && (toks[v]!.tags.includes('Adjective') || toks[v]!.tags.includes('Adverb') || /^(the|a|an|such|some|much|more|any|his|her|their|its)$/.test(toks[v]!.norm))) v--;
  if (!frame.verbs.test(toks[v]!.norm)) return null;
  if (frame.giver && !/^(of|from)$/.test(toks[i + 1]?.norm ?? '')) return null;
  // "came under criticism", "picked up the endorsement": the verb stands before its particle.
  const verb = /^(under|up)$/.test(toks[v]!.norm) ? v - 1 : v;
  if (verb < 1 || !toks[verb]!.tags.includes('Verb')) return null;
  const group = modifiersBefore(toks, verb).groupStart;
  const subject = subjectBefore(toks, verb);
  if (!subject || subject.to > group) return null;
  const from = toks[i + 1]?.norm === 'from' || (frame.giver && toks[i + 1]?.norm === 'of') ? nounPhraseAfter(toks, i + 2) : null;
  if (frame.giver && !from) return null;
  const reason = toks[i + 1]?.norm === 'for';
  const end = reason ? clauseEndAt(doc, toks, i + 1) : toks[subject.to - 1]!.end;
  // "faced criticism from rivals that the rallies are unsafe": the criticism's own clause is the content.
  const said = from && toks[from.to]?.norm === 'that' ? contentAfter(doc, sentence, from.to + 1) : null;
  const content = said ?? contentSpan(doc, toks[frame.giver ? personAtEnd(toks, subject) : subject.from]!.start, end, 1);
  // "won the endorsement of X": annotators mark the noun phrase ("the endorsement"), not the verb.
  return content ? { cueFrom: frame.giver ? v + 1 : group, content, from } : null;
}

function clauseEndAt(doc: Document, toks: readonly Token[], a: number): number {
  const { cut } = clauseEnd(doc, toks, a, toks.length);
  return toks[Math.min(cut, toks.length) - 1]!.end;
}

/** "The governor's promise", "her calls": the owner, a possessive pronoun included. */
function possessor(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && (toks[j]!.tags.includes('Adjective') || /^(new|renewed|repeated)$/.test(toks[j]!.norm))) j--;
  const t = toks[j];
  if (!t) return null;
  if (t.norm === "'s") {
    const np = nounPhraseBefore(toks, j);
    return np ? { from: np.from, to: j + 1 } : null;
  }
  return /^(his|her|their|its)$/.test(t.norm) ? lightVerbSubject(toks, j) ?? { from: j, to: j + 1 } : null;
}

/** "The senator renewed her calls for": the subject of the light verb before the noun. */
function lightVerbSubject(toks: readonly Token[], k: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && j > k - 4 && (toks[j]!.tags.includes('Adjective') || toks[j]!.tags.includes('Determiner') || /^(his|her|their|its)$/.test(toks[j]!.norm))) j--;
  const v = toks[j];
  if (!v || !v.tags.includes('Verb') || !LIGHT_VERB.test(v.norm)) return null;
  return subjectBefore(toks, j);
}

/** "Last month Ortiz", "DENVER - Ana Ruiz": the person ending a subject the finder ran too far back. */
function personAtEnd(toks: readonly Token[], subject: Phrase): number {
  let j = subject.to;
  const inName = (t: Token) => t.tags.includes('Person') || t.tags.includes('Honorific') || (t.norm === '.' && /^[A-Z][a-z]{0,3}$/.test(toks[t.i - toks[0]!.i - 1]?.text ?? ''));
  while (j > subject.from && inName(toks[j - 1]!)) j--;
  return j < subject.to && toks[subject.to - 1]!.tags.includes('Person') ? j : subject.from;
}
