/**
 * "Carole Ruiz, 75, a retiree in Dayton, Ohio, backed the levy.", "The ad, titled “Unifier?”, concludes that
 * …": a sentence that opens with a name and its comma-set appositives before the cue. The subject scan
 * stops at the first comma it cannot read as an appositive; the sentence start bounds this one instead
 * (as the closing quotation does for `creditSubject`).
 */
import type { Document, Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { nounPhraseAfter } from '../cues/frame.js';
import type { Subject } from '../cues/subject.js';
import { sideOf } from '../cues/quotes.js';
import { isTimeHead } from './adjuncts.js';
import { relativeBefore } from './credit-subject.js';
import { has } from '../cues/words.js';

/** The longest opening read this way, in tokens: a name with two or three appositives. */
const MAX_OPENING = 40;


/**
 * The subject from the sentence start to the comma before the cue group starting at token k, when the
 * sentence opens with a name (or "the" + noun) set off by a comma; its antecedent is that first phrase.
 */
export function initialSubject(doc: Document, toks: readonly Token[], k: number, hits: readonly CueHit[]): Subject | null {
  const end = toks[k - 1]?.norm === ',' ? k - 1 : -1;
  if (end < 3 || end > MAX_OPENING) return null;
  for (let j = end - 1; j >= 0; j--) {
    const t = toks[j]!;
    // A quotation, a clause boundary or a dash in between: not one opening phrase.
    if (sideOf(doc, t) || /^[;:?!—–()]$/.test(t.text) || t.text === '--') return null;
  }
  const np = nounPhraseAfter(toks, 0, end);
  if (!np || np.to >= end || toks[np.to]!.norm !== ',' || isTimeHead(toks, np)) return null;
  // "Ana Ruiz, …", "The ad, …": a name, or a definite noun phrase ("In May, …", "Still, …" open no subject).
  const named = toks.slice(np.from, np.to).some((t) => has(t, 'ProperNoun') || has(t, 'Person') || has(t, 'Organization'));
  const definite = /^(the|a|an)$/.test(toks[0]!.norm) && has(toks[np.to - 1], 'Noun');
  if (!/^\p{Lu}/u.test(toks[0]!.text) || !(named || definite) || has(toks[0], 'Pronoun')) return null;
  // A finite verb of its own in between ("Ruiz, who won, said" is the subject scan's; "Ruiz won, Ortiz said" is no opening):
  // only participles ("titled", "speaking") and verbs inside a relative clause may sit in an appositive.
  for (let j = np.to + 1; j < end; j++) {
    const t = toks[j]!;
    if (!has(t, 'Verb') || has(t, 'Gerund') || /ing$/.test(t.norm) || participle(toks, j)) continue;
    if (!relativeBefore(toks, np.to, j)) return null;
  }
  // Another cue verb in between is a clause of its own.
  if (hits.some((h) => h.from > np.to && h.from < end && h.entry.pos === 'verb' && !h.head.endsWith('ing') && !relativeBefore(toks, np.to, h.from))) return null;
  return { from: 0, to: end, antecedent: np };
}

/**
 * "funded by donors", "raised in Chile", "titled …": a past participle that modifies the noun before it,
 * unlike a finite verb that starts a clause ("Ruiz, a lawyer, stuck to policy, saying …").
 */
function participle(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!has(t, 'PastTense') || has(toks[j - 1], 'Pronoun')) return false;
  return /^(titled|entitled|called|named|dubbed|known|based|aged)$/.test(t.norm) || /^(by|in|for|as|from|with|on|at|during|under)$/.test(toks[j + 1]?.norm ?? '');
}
