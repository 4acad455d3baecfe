/**
 * Verbs of material cooperation ("give", "send", "help", "approve") are support for an actor only
 * when an actor receives: an entity heading the object ("sent Ukraine tanks") or after "to/for"
 * ("sent tanks to Ukraine"). "give X until Friday to comply" is no gift but an ultimatum: a threat
 * when the text states the consequence ("or face sanctions"), otherwise no stance at all.
 */
import type { Token } from '../doc/document.js';
import type { Entity } from '../schema/entity.js';
import { nounPhraseAfter, type Phrase } from '../cues/frame.js';
import { entitiesIn } from '../cues/entities.js';

/** Kinds that state an interaction with another party: without a party there is no stance. */
export const NEEDS_PARTY: ReadonlySet<string> = new Set(['aid', 'meet', 'negotiate', 'cooperate', 'offer', 'promise', 'mediate']);
const GIVING = /^(give|gives|gave|given|giving|grant|grants|granted|granting|allow|allows|allowed|allowing)$/;
const UNIT = /^(minutes?|hours?|days?|weeks?|months?|years?)$/;
const PENALTY = /^(face|risk|else|lose|suffer|incur|see)$/;
const BENEFICIARY = new Set(['to', 'for']);
const COMMUNICATION = /^(messages?|signals?|warnings?|reminders?|letters?|notes?|emails?|texts?|invitations?)$/;
/** "lifted the ban on X", "eased a curfew in X": whoever the restriction weighed on gains. */
const RESTRICTION = /^(bans?|sanctions|curfews?|embargo(es)?|restrictions|measures|blockade|siege|controls|limits|tariffs?|martial)$/;
const EVACUATED = new Set(['from', 'out', 'to', 'for', 'in']);
const ON = new Set(['on', 'in', 'against', 'over', 'to', 'for']);

export interface Ultimatum {
  /** The receiving noun phrase ("rebels of the Kivu Liberation Movement"). */
  object: Phrase | null;
  /** Token index just past the consequence ("or face a renewed army offensive"), or -1 when none is stated. */
  end: number;
}

/** "gave Mexico until October 15 to halt ... or face a tariff", "has given the rebels 48 hours to leave". */
export function ultimatumAfter(toks: readonly Token[], verb: number, from: number, stop: number): Ultimatum | null {
  if (!GIVING.test(toks[verb]?.norm ?? '')) return null;
  let marker = -1;
  for (let j = from; j < Math.min(stop, from + 20); j++) {
    const n = toks[j]!.norm;
    if (n === 'until' || n === 'till' || (UNIT.test(n) && isBareAmount(toks, j - 1))) {
      marker = j;
      break;
    }
  }
  if (marker < 0) return null;
  // "until the end of the month to lift": the time phrase may run a few words; a clause break ends the search.
  let to = -1;
  for (let j = marker + 1; j < Math.min(stop, marker + 10); j++) {
    const n = toks[j]!.norm;
    if (n === 'to') {
      to = j;
      break;
    }
    if (/^[,;:.!?]$/.test(n)) break;
  }
  if (to < 0) return null;
  const object = nounPhraseAfter(toks, from, marker);
  for (let j = to + 1; j < stop - 1; j++) {
    // ", threatening sanctions": the penalty as a threat. (", warning that …" is left to the "warn" cue's own stance:
    // a court's "warning that late objections would be thrown out" states a rule, not hostility.)
    if (toks[j]!.norm === ',' && toks[j + 1]!.norm === 'threatening') return { object, end: clauseEndAfter(toks, j + 2, stop) };
    if (toks[j]!.norm !== 'or' && toks[j]!.norm !== 'otherwise') continue;
    const v = j + 1;
    if (!PENALTY.test(toks[v]!.norm)) continue;
    // "or see the old rules restored" is a fallback, not a penalty on the receiver.
    if (toks[v]!.norm === 'see' && !/^(its|their|his|her)$/.test(toks[v + 1]?.norm ?? '')) continue;
    const np = nounPhraseAfter(toks, v + 1, stop);
    return { object, end: np ? np.to : v + 1 };
  }
  return { object, end: -1 };
}

/** Token index just past the clause that starts at `from`: up to a comma, a colon or the sentence's end. */
function clauseEndAfter(toks: readonly Token[], from: number, stop: number): number {
  let j = from;
  while (j < stop && !/^[,;:.!?]$/.test(toks[j]!.norm)) j++;
  return j > from ? j : from;
}

/** "48 hours", "a week" as an object, not inside a phrase ("over the next three years"). */
function isBareAmount(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !(/Value|Cardinal/.test(t.tags.join(' ')) || t.norm === 'a' || t.norm === 'an')) return false;
  const before = toks[k - 1];
  return !!before && !before.tags.includes('Preposition') && !before.tags.includes('Determiner') && !/^(next|last|past|first|coming)$/.test(before.norm);
}

/** The actor that receives: an entity heading the object, else one after "to/for" in the clause. */
export function recipient(entities: readonly Entity[] | undefined, toks: readonly Token[], verb: number, from: number, stop: number): string | null {
  while (from < stop && (toks[from]!.tags.includes('Date') || /^(today|yesterday|again)$/.test(toks[from]!.norm))) from++;
  const head = (p: Phrase | null) => {
    if (!p) return null;
    // "civilians in Rubaya": a name inside the object's own prepositional phrase does not receive.
    const hit = entitiesIn(entities, toks, p).find((h) => !toks.slice(p.from, p.to).some((t) => t.end <= h.mention.start && t.tags.includes('Preposition')));
    return hit?.entity.id ?? null;
  };
  const object = nounPhraseAfter(toks, from, stop);
  // "send a message to Tehran", "gave a warning to X": words sent are no aid.
  if (object && COMMUNICATION.test(toks[object.to - 1]!.norm)) return null;
  const direct = head(object);
  if (direct) return direct;
  // The tagger may take "measures" for a verb: the word after the object counts too.
  const restriction = !!object && (RESTRICTION.test(toks[object.to - 1]!.norm) || RESTRICTION.test(toks[object.to]?.norm ?? ''));
  // "evacuated the wounded from X", "will evacuate its settlements in X": X is given way to.
  const preps = restriction ? ON : /^evacuat/.test(toks[verb]!.norm) ? EVACUATED : BENEFICIARY;
  for (let j = object?.to ?? from; j < stop - 1; j++) {
    if (!preps.has(toks[j]!.norm)) continue;
    const id = head(nounPhraseAfter(toks, j + 1, stop)) ?? nameSoonAfter(entities, toks, j + 1, stop);
    if (id) return id;
  }
  return null;
}

/** "from the flooded Malian town": a name within a few words after the preposition, before any other. */
function nameSoonAfter(entities: readonly Entity[] | undefined, toks: readonly Token[], from: number, stop: number): string | null {
  for (let j = from; j < Math.min(stop, from + 5); j++) {
    const t = toks[j]!;
    if (t.tags.includes('Preposition') || t.norm === ',') return null;
    const hit = entitiesIn(entities, toks, { from: j, to: j + 1 })[0];
    if (hit) return hit.entity.id;
  }
  return null;
}
