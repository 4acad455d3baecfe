/**
 * A sentence that opens with an adjunct of the reporter's own before its first comma: "Asked about
 * the delay, …", "When pressed, …", "In March, …", "After the vote on Friday, …". What follows the
 * comma is the main clause, so the adjunct is never part of a content that the credit interrupts.
 */
import type { Token } from '../doc/document.js';

const SUBORDINATOR = /^(asked|pressed|questioned|when|whenever|while|as|after|before|since|until|once|if|unless|because|although|though|in|on|at|during|by|for|with|without|despite|amid|following|earlier|later|still|yet|however|meanwhile|instead)$/;

/** Does the sentence open with a subordinate clause, a participle or a prepositional phrase that a comma closes? */
export function frontedAdjunct(toks: readonly Token[]): boolean {
  let k = 0;
  while (k < toks.length && /^(but|and|so|yet|then)$/.test(toks[k]!.norm)) k++;
  const first = toks[k];
  if (!first || !SUBORDINATOR.test(first.norm)) return false;
  // The comma must come soon enough for the opening words to be one adjunct.
  for (let j = k + 1; j < Math.min(toks.length, k + 25); j++) if (toks[j]!.norm === ',') return true;
  return false;
}
