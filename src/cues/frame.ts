/**
 * Where a cue's participants sit in its sentence: the subject noun phrase before the cue (past
 * auxiliaries, adverbs, "refused to", a parenthetical ", for its part,"), the noun phrase after it,
 * and the words between subject and cue that negate, hedge or mark modality. Token indexes are
 * indexes into `sentence.tokens`; everything here is per sentence.
 */
export { modifiersBefore, type Modifiers } from './modifiers.js';
export { inNounPhrase, nounPhraseAfter, nounPhraseBefore, withPostModifier, type Phrase } from './noun-phrase.js';
export { subjectBefore, type Subject } from './subject.js';
