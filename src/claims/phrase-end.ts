/**
 * Where a content that is a phrase, not a clause, ends: "denounced the new tariffs in a statement on
 * Friday", "praised the governor, who has led the state since 2019", "criticized the deal as talks
 * resumed". PolNeAR marks the object of such a cue (denounce, praise, cite, call for, express) and
 * leaves out the adjuncts that tell where, when and why the source spoke, and the relative clauses and
 * clauses of the reporter that follow it. A content with a finite verb of its own ("said the plan
 * would fail in May") keeps its adjuncts: they may belong to what was said.
 */
import type { Token } from '../doc/document.js';
import { AUX, has, TIME_WORDS } from '../cues/words.js';


/** Subordinators that, after a noun phrase, open the reporter's circumstance of the speech. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['during', 'amid', 'after', 'before', 'because', 'while', 'when', 'whenever', 'until', 'since', 'following', 'ahead']);

/** Nouns that name the occasion or the medium of a statement ("in an interview", "at a rally", "on Twitter"). */
export const OCCASIONS: ReadonlySet<string> = new Set(`ad ads statement statements interview interviews speech speeches rally rallies debate debates
  conference briefing briefings appearance appearances event events show broadcast broadcasts program programme
  podcast tweet tweets post posts email emails letter letters memo op-ed column essay editorial video videos
  meeting meetings hearing hearings session sessions address remarks remark forum town hall convention campaign
  stop visit trip radio television tv twitter facebook instagram youtube website blog book report testimony
  call calls message messages announcement opening closing morning afternoon evening night`.split(/\s+/));

/** Does a clause with a subject and a verb start at token i ("as talks resumed", "as he left")? */
function clauseAt(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k]!;
    if (k > i && has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'Noun')) return true;
    if (!has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Determiner') && !has(t, 'Pronoun') && !has(t, 'Possessive') && !has(t, 'Value')) return false;
  }
  return false;
}

/** Does a verb phrase start at token i ("attempted to", "has been", "once again did", "learning from")? */
function predicateAt(toks: readonly Token[], i: number): boolean {
  let k = i;
  while (has(toks[k], 'Adverb') && k < i + 2) k++;
  const v = toks[k];
  if (!v || !has(v, 'Verb') || has(v, 'Noun') || has(v, 'Adjective') || !/^\p{Ll}/u.test(v.text)) return false;
  // A bare form ("and support for …", "and work at …") is as often a noun or an infinitive going on.
  return has(v, 'PastTense') || has(v, 'Gerund') || AUX.has(v.norm) || /[^s]s$/.test(v.norm);
}

/** Does an adjunct of occasion or time ("in a statement", "at a rally on Monday", "on Twitter") start at token i? */
function occasionAt(toks: readonly Token[], i: number): boolean {
  const p = toks[i]!;
  if (!/^(in|at|on|during|via|through|over)$/.test(p.norm)) return false;
  if (p.norm === 'at' && /^(least|most|all|once|times|first|large|odds|stake|risk|issue)$/.test(toks[i + 1]?.norm ?? '')) return false;
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k]!;
    if (OCCASIONS.has(t.norm) || has(t, 'Date') || (TIME_WORDS.has(t.norm) && t.norm !== 'on')) return true;
    if (!has(t, 'Determiner') && !has(t, 'Adjective') && !has(t, 'Possessive') && !has(t, 'Noun') && t.norm !== "'s" && t.norm !== '’s') return false;
  }
  return false;
}

/** Cues whose object is a clause even without "that" ("said the plan, which …, would fail"). */
const CLAUSAL = /^(say|says|said|saying|argue|argues|argued|arguing|claim|claims|claimed|believe|believes|believed|think|thinks|thought|hope|hopes|hoped|insist|insists|insisted|note|notes|noted|add|adds|added|warn|warns|warned|suggest|suggests|suggested|predict|predicts|predicted|fear|fears|feared|assert|asserts|asserted|contend|contends|contended|maintain|maintains|maintained|acknowledge|acknowledged|admit|admits|admitted|report|reports|reported|write|writes|wrote|know|knows|knew|feel|feels|felt|expect|expects|expected|estimate|estimates|estimated|find|finds|found|show|shows|showed|indicate|indicates|indicated|explain|explains|explained|recall|recalls|recalled|agree|agrees|agreed|worry|worries|worried|guess|realize|realized|announce|announced|announces|confirm|confirmed|confirms|declare|declared|declares)$/;

/** Is token t a cue that takes a clause? */
export function clausalCue(t: Token | undefined): boolean {
  return !!t && CLAUSAL.test(t.norm);
}

/** Can a noun phrase start at this token ("the tariffs", "Mr. Ortiz", "his plan"), not a clause ("how", "that", "however")? */
export function startsPhrase(t: Token): boolean {
  if (/^(that|how|what|why|whether|if|who|which|when|where|this|there|it)$/.test(t.norm) || has(t, 'Adverb') || has(t, 'Preposition')) return false;
  return has(t, 'Determiner') || has(t, 'Possessive') || has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Value');
}

/** Do only adjuncts (prepositional phrases, times) run from token i to a comma or the end of the content? */
function trailingAdjuncts(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < toks.length; k++) {
    const t = toks[k]!;
    if (/^[,.;:!?—–]$/.test(t.norm) || /^[.!?]$/.test(t.text)) return true;
    if (has(t, 'Verb') && !has(t, 'Noun')) return false;
  }
  return true;
}

/** Does a relative clause at token i end in a comma that resumes the cue's frame (", who …, of bribery")? */
function resumes(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < toks.length - 1; k++) if (toks[k]!.norm === ',' && /^(of|as|to|for|with|in)$/.test(toks[k + 1]!.norm)) return true;
  return false;
}

/**
 * Does the phrase content end before token j? `next` is token j + 1. Only asked while no finite
 * verb has been seen in the content, and never inside quotation marks.
 */
export function phraseEndsAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  const next = toks[j + 1];
  if (!next) return false;
  // "has promised a veto and attempted to …", ", yet refuses to …": the subject's next predicate.
  const conj = t.norm === ',' && /^(and|but|yet)$/.test(next.norm) ? j + 2 : /^(and|but|yet)$/.test(t.norm) ? j + 1 : -1;
  if (conj > 0 && predicateAt(toks, conj)) return true;
  if (t.norm === ',') {
    // ", who has led the state since 2019", ", where 18 votes are at stake": a relative clause on the object.
    if (/^(who|whom|whose|which|where)$/.test(next.norm)) return !resumes(toks, j + 2);
    // ", the governor added", ", he said": a clause with its own subject.
    if ((has(next, 'Determiner') || has(next, 'Pronoun') || has(next, 'ProperNoun')) && !/^(that|such|this)$/.test(next.norm) && !has(next, 'Possessive') && clauseAt(toks, j + 1)) return true;
    // ", implicitly accusing him": the reporter's participle.
    if (has(next, 'Adverb') && has(toks[j + 2], 'Gerund')) return true;
    return false;
  }
  if (j === 0 || toks[j - 1]!.norm === ',') return false;
  if (SUBORDINATORS.has(t.norm)) return true;
  // "as talks resumed" but not "as a crazy system": a clause, not the complement of "describe X as".
  if (t.norm === 'as' && clauseAt(toks, j + 1) && !has(next, 'Adjective')) return true;
  return occasionAt(toks, j) && trailingAdjuncts(toks, j + 1);
}
