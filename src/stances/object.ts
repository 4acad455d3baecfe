/**
 * Where a stance verb's object ends, and when the words after the verb hold no stance at all. A
 * verb of blame or praise takes the party and then its reason ("accused the government of waste",
 * "praised Japan for joining", "dismissed the figures as fantasy"): the target is the party only.
 * Per sentence, token by token.
 */
import type { Token } from '../doc/document.js';
import { nounPhraseAfter } from '../cues/frame.js';
import type { StanceCandidate } from './types.js';

/** Kinds whose object is followed by the charge: "accused X of Y", "blamed X for Y". */
const CHARGE = new Set(['accuse']);
/** Kinds whose object may be followed by a reason ("criticised X for refusing"). */
const REASON = new Set(['criticise', 'praise', 'condemn', ...CHARGE]);
/** Kinds whose object may be followed by a description ("condemned X as Y", "welcomed X as a step"). */
const JUDGE = new Set(['reject', 'sanction', 'welcome', 'back', ...REASON]);
/** The gerund after these prepositions states the charge or the merit ("for refusing"), not the holder's act. */
export const REASON_KINDS: ReadonlySet<string> = REASON;

/** The token index where the object of a `kind` verb gives way to its reason, else `stop`. */
export function reasonStop(toks: readonly Token[], kind: string, from: number, stop: number): number {
  if (!JUDGE.has(kind)) return stop;
  for (let j = from + 1; j < stop; j++) {
    const n = toks[j]!.norm;
    // "accused Iran of backing X", "blamed Hamas for the attack", "praised Japan for joining".
    // Not "condemned calls for violence": after a verb of judgement, "for" takes an act or a possession.
    if (CHARGE.has(kind) && (n === 'for' || n === 'of')) return j;
    if (REASON.has(kind) && n === 'for' && (reasonAfter(toks[j + 1]) || !TAKES_FOR.test(toks[j - 1]!.norm))) return j;
    // "dismissed the figures as fantasy", "hailed the deal as historic".
    // Not "welcomed what it described as restraint": there "as" belongs to the inner verb.
    if (n === 'as' && !/^(well|soon|long|far|much)$/.test(toks[j + 1]?.norm ?? '') && !toks[j - 1]!.tags.includes('Verb')) return j;
  }
  return stop;
}

/** "for refusing", "for its aggression", "for not acting", "for “a shocking decision”". */
function reasonAfter(t: Token | undefined): boolean {
  return !!t && (t.tags.includes('Gerund') || /^(its|their|his|her|not|failing|what|["“])$/.test(t.norm));
}
/** Nouns whose own complement is "for" ("condemned calls for violence", "praised the plan for growth"): no reason follows. */
const TAKES_FOR = /^(calls?|demands?|plans?|proposals?|bids?|push|appeals?|campaigns?|requests?|support|bills?|funding|aid|search|efforts?|preparations?|motion|case|responsibility|penalty|punishment|sentences?|compensation|desire|need|hopes?|candidacy|nomination|reasons?|plea|pleas|bid|strategy|vision|programme|program|package|budget|deal)$/;

const TAKE = /^(taking|adopting|expressing|offering|staking)$/;
/** "refrained from commenting on the outcome": speaking on something is taking a position on it. */
const SPEAKING = /^(commenting|speaking|weighing|remarking)$/;
const POSITION = /^(position|stance|view|side|line)$/;

/**
 * "refrained from taking a clear position on the plan": the target is what the position would be
 * on. Returns the token index after "on/over/in", or -1 when the words are not such a phrase.
 */
export function positionOn(toks: readonly Token[], from: number, stop: number): number {
  // "avoided taking a position | on the war": the cue itself ends with the position.
  if (POSITION.test(toks[from - 1]?.norm ?? '') && /^(on|over|in|regarding)$/.test(toks[from]?.norm ?? '')) return from + 1 < stop ? from + 1 : -1;
  if (SPEAKING.test(toks[from]?.norm ?? '')) {
    const on = toks[from + 1]?.norm === 'in' ? from + 2 : from + 1;
    return /^(on|about|over|regarding)$/.test(toks[on]?.norm ?? '') && on + 1 < stop ? on + 1 : -1;
  }
  if (!TAKE.test(toks[from]?.norm ?? '')) return -1;
  for (let j = from + 1; j < Math.min(stop, from + 6); j++) {
    if (!POSITION.test(toks[j]!.norm)) continue;
    return /^(on|over|in|regarding|about|toward|towards)$/.test(toks[j + 1]?.norm ?? '') && j + 2 < stop ? j + 2 : -1;
  }
  return -1;
}

/** "appealed to the Supreme Court": a legal appeal to a court is no plea for support. */
export function toCourt(targetText: string | null): boolean {
  return /^(the\s+)?([\p{Lu}][\p{L}.]*\s+)*(court|circuit|tribunal|bench|judges?)\b/iu.test(targetText ?? '') || /\b(court|circuit|tribunal) of appeals?\b/i.test(targetText ?? '');
}

/** Verbs before a gerund cue that withhold its act: "avoided criticising X", "stopped short of endorsing X". */
export function withheld(toks: readonly Token[], groupStart: number): boolean {
  const b = toks[groupStart - 1]?.norm ?? '';
  if (/^(avoid|avoids|avoided|avoiding)$/.test(b)) return true;
  return b === 'of' && toks[groupStart - 2]?.norm === 'short' && /^(stop|stops|stopped|stopping|fall|falls|fell|falling)$/.test(toks[groupStart - 3]?.norm ?? '');
}

/**
 * "warned on Tuesday that debt could rise", "warned prices would rise": the verb's object is a clause
 * (a prediction, which claims report), not a party ("warned investors against", "warned of a crackdown").
 */
export function clauseObject(toks: readonly Token[], from: number): boolean {
  let j = from;
  while (j < toks.length && (toks[j]!.tags.includes('Date') || /^(on|in|today|yesterday|again|also)$/.test(toks[j]!.norm))) j++;
  if (toks[j]?.norm === 'that') return true;
  const np = nounPhraseAfter(toks, j);
  const next = np ? toks[np.to] : undefined;
  return !!next && next.tags.includes('Verb') && !next.tags.includes('Gerund') && !next.tags.includes('Noun');
}

/**
 * "accused the government of waste and gave it until Friday to publish the costs": a pronoun object
 * stands for the target of the same holder's stance earlier in the sentence.
 */
export function withAntecedent(c: StanceCandidate, earlier: readonly StanceCandidate[]): StanceCandidate {
  if (c.target || !/^(it|them|him|her)$/i.test(c.targetText ?? '')) return c;
  const before = [...earlier].reverse().find((e) => e.holder === c.holder && (e.target || e.targetText));
  return before ? { ...c, target: before.target, targetText: before.targetText } : c;
}

/** "urged them to “step back”": after a pronoun addressee, the target is what they are urged to do. */
export function demandAfterPronoun(toks: readonly Token[], from: number): number {
  return /^(them|him|her|it|us)$/.test(toks[from]?.norm ?? '') && toks[from + 1]?.norm === 'to' && from + 2 < toks.length ? from + 2 : -1;
}

/** Kinds stated by words (a threat, a promise, a demand): a condition is part of what they say. */
const SAID = new Set(['threaten', 'warn', 'promise', 'offer', 'demand', 'call-for', 'appeal', 'propose', 'refrain']);

/**
 * "Kosovo will withdraw its police unless Serbia dismantles …", "the party will boycott the vote
 * unless the president resigns": a future act held over a party unless it complies is a threat (as
 * event coders read it). Returns the token index of "unless", or -1. ("would meet X if he …" is a
 * conditional offer and stays what it is.)
 */
export function unlessAct(toks: readonly Token[], kind: string, groupStart: number, cue: number): number {
  if (SAID.has(kind) || !toks.slice(groupStart, cue).some((t) => /^(will|would|'ll|wo|could)$/.test(t.norm))) return -1;
  for (let j = cue + 1; j < toks.length; j++) {
    const n = toks[j]!.norm;
    if (n === ';' || n === '.' || n === 'if') return -1;
    if (n === 'unless') return j;
  }
  return -1;
}
