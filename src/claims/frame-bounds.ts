/**
 * Where a verb cue's content starts (past the hearer of "told reporters", adjuncts and "that") and
 * where it must stop (a later cue joined by "and", a postposed attribution, a new clause with its own
 * cue). Token indexes are indexes into `sentence.tokens`.
 */
import type { Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { modifiersBefore, nounPhraseAfter, subjectBefore } from '../cues/frame.js';
import { AUX, has, isTime, TIME_WORDS } from '../cues/words.js';
import { isAgentParticiple } from '../cues/noun-phrase.js';
import { withAuthor } from './adjuncts.js';

/** Verbs whose first object is the hearer, not the content ("told reporters"). */
export const TELL = new Set(['tell', 'told', 'tells', 'telling', 'inform', 'informed', 'informs', 'assure', 'assured', 'assures', 'remind', 'reminded', 'reminds', 'advise', 'advised', 'notify', 'notified', 'brief', 'briefed']);


/** Past the hearer of "told reporters". */
export function hearerEnd(toks: readonly Token[], hit: CueHit): number {
  if (!TELL.has(hit.head)) return hit.to;
  const np = nounPhraseAfter(toks, hit.to);
  if (!np || np.to - np.from > 5) return hit.to;
  // "told an earnings briefing that C", "told a budget hearing that C": a compound hearer whose first noun the scan took for its head.
  let e = np.to;
  // (The tagger reads "briefing" after its modifier as a gerund.)
  while (e < np.to + 2 && (has(toks[e], 'Noun') || (e > hit.to && /ing$/.test(toks[e]!.norm))) && !has(toks[e], 'ProperNoun') && !has(toks[e], 'Pronoun') && toks[e]!.norm !== 'that') e++;
  if (e > np.to && toks[e]?.norm === 'that') return e;
  // "told anyone who would listen that C": the hearer keeps its short relative clause.
  if (toks[np.to]?.norm === 'who') {
    // Only a clause that reports nothing itself ("who would listen"): "told a voter who suggested that C" keeps C for "suggested".
    for (let j = np.to + 1; j < Math.min(toks.length, np.to + 7) && toks[j]!.norm !== ','; j++) if (toks[j]!.norm === 'that') return /^(listen|listened|listens|hear|heard)$/.test(toks[j - 1]!.norm) ? j : np.to;
  }
  return np.to;
}

/** Where the content starts: past the hearer of "told", adjuncts before "that", and "that" or a colon. */
export function contentStart(toks: readonly Token[], hit: CueHit, speech: boolean): number {
  const a = hearerEnd(toks, hit);
  if (toks[a]?.norm === ',' && toks[a + 1] && /^[“"']$/.test(toks[a + 1]!.text)) return a + 1; // said, “...”
  const lead = toks[a];
  const adjunct = lead && (lead.norm === 'that' || lead.norm === ':' || has(lead, 'Preposition') || has(lead, 'Date') || TIME_WORDS.has(lead.norm));
  for (let j = a; adjunct && j < Math.min(toks.length, a + 10); j++) {
    const t = toks[j]!;
    if (t.norm === 'that' || t.norm === ':') return j + 1;
    // ("wrote in a ruling that": an -ing word after a determiner is a noun.)
    const nominal = /ing$/.test(t.norm) && has(toks[j - 1], 'Determiner');
    if ((has(t, 'Verb') && !adjunctParticiple(toks, j) && !nominal) || t.norm === ',' || t.norm === 'and') break;
  }
  if (!speech) return a;
  // "said on Tuesday the talks had failed": skip the adjuncts.
  let j = a;
  while (j < toks.length && (has(toks[j], 'Preposition') || TIME_WORDS.has(toks[j]!.norm) || has(toks[j], 'Date'))) {
    j++;
    while (j < toks.length && (has(toks[j], 'Determiner') || has(toks[j], 'Noun') || has(toks[j], 'Adjective') || has(toks[j], 'Date')) && !has(toks[j], 'Pronoun')) j++;
  }
  return j < toks.length && toks[j]!.norm === ',' ? j + 1 : j;
}

/**
 * A participle inside the adjunct is no verb of the content: "said in a notice posted online that …",
 * "said in an emailed statement that …" (after its noun, or between a determiner and the noun).
 */
function adjunctParticiple(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (!isAgentParticiple(t)) return false;
  const prev = toks[j - 1];
  return (has(prev, 'Noun') && !has(prev, 'Pronoun')) || (has(prev, 'Determiner') && has(toks[j + 1], 'Noun'));
}

/**
 * A later cue joined by "and" with no subject of its own ends this cue's content, and so does a
 * later postposed attribution (", the source added", ", according to officials").
 */
export function coordinatedStop(toks: readonly Token[], hits: readonly CueHit[], h: number, skip?: (hit: CueHit) => boolean): number {
  for (let k = h + 1; k < hits.length; k++) {
    // "asked them to talk and refrain from attacks": a stance-only verb is part of the content.
    if (!hits[k]!.entry.claim || hits[k]!.entry.pos === 'adj') continue;
    // 'wrote that officials "acted first and asked questions later"': a verb inside the quoted words is theirs, no new cue;
    // nor is a participle aside ("the cuts, announced July 15, would …").
    if (skip?.(hits[k]!)) continue;
    if (hits[k]!.entry.pos === 'prep' && toks[hits[k]!.from - 1]?.norm === ',') return hits[k]!.from - 1;
    const sub = withAuthor(toks, subjectBefore(toks, hits[k]!.from), (j) => subjectBefore(toks, j));
    // "S, who has refused to X, said C": the later cue's subject encloses this cue, whose content ends at the comma.
    const comma = modifiersBefore(toks, hits[k]!.from).groupStart - 1;
    if (sub && sub.from < hits[h]!.from && toks[comma]?.norm === ',') return comma;
    // (", a survey found last week.": the credit's time may close it.)
    // (", two officials told Reuters.": past the hearer of a telling verb.)
    let after = TELL.has(hits[k]!.head) ? hearerEnd(toks, hits[k]!) : hits[k]!.to;
    while (after < toks.length && isTime(toks[after]) && toks[after]!.norm !== 'on') after++;
    if (sub && toks[sub.from - 1]?.norm === ',' && isEndOrComma(toks[after])) return sub.from - 1;
    // ", but engineers warned that ...": a new clause with its own subject and cue.
    if (sub && /^(but|and|while|whereas)$/.test(toks[sub.from - 1]?.norm ?? '') && toks[sub.from - 2]?.norm === ',') return sub.from - 2;
    const m = modifiersBefore(toks, hits[k]!.from);
    const b = toks[m.groupStart - 1];
    if (b && (b.norm === 'and' || b.norm === 'but') && !AUX.has(toks[m.groupStart - 2]?.norm ?? '')) {
      return toks[m.groupStart - 2]?.norm === ',' ? m.groupStart - 2 : m.groupStart - 1;
    }
  }
  return toks.length;
}

function isEndOrComma(t: Token | undefined): boolean {
  return !t || /^[.,!?;]$/.test(t.text) || has(t, 'Preposition');
}
