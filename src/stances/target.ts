/**
 * A stance's target: the entity its object names ("the Israeli strikes" → Israel, "Washington's
 * engagements" → United States), an entity after "with/to/against" ("met with X"), or, for "the
 * strikes" with no actor, the actor of such strikes named in this sentence or the one before.
 * Otherwise the target is a proposition, kept as text.
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Entity } from '../schema/entity.js';
import { mentionsIn, type MentionHit } from '../pipeline/lookup.js';
import { nounPhraseAfter } from '../cues/frame.js';
import { entitiesIn } from '../cues/entities.js';
import { textEnd, timeAt, trimQuotes } from './target-text.js';

export interface Target {
  target: string | null;
  targetText: string | null;
  /** Further entities coordinated with the target ("Mauritania and Senegal"). */
  also?: string[];
}

/** Prepositions that name who suffers an act: "strikes on X", "attacks against X". */
const VICTIM_PREPS: ReadonlySet<string> = new Set(['on', 'against', 'at', 'in', 'into', 'inside', 'across']);
const TIME_PREPS: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'since', 'during', 'ahead']);
const TARGET_PREPS = new Set(['between', 'with', 'to', 'against', 'on', 'toward', 'towards', 'for', 'at', 'from', 'into', 'over', 'about']);
/** Nouns for acts and restrictions whose actor is the real target of a condemnation, and whose victim ("on X") is not. */
const ACTIONS = /^(air)?strikes?$|^attacks?$|^bombings?$|^raids?$|^offensive$|^operations?$|^aggression$|^invasion$|^incursions?$|^shelling$|^killings?$|^assault$|^occupation$|^provocations?$|^escalation$|^actions?$|^moves?$|^decision$|^tests?$|^tariffs?$|^sanctions$|^bans?$|^embargo(es)?$|^restrictions$|^curbs$|^blockade$/;

/** Words that open a new clause after a comma ("…, though the Commission said"). */
const AFTER_COMMA = /^(and|but|while|which|who|that|as|saying|after|although|though|even|because|whereas|unless|despite|since|amid|led|backed|based|including|according)$/;
/** Subordinators that open a clause even without a comma ("threatened early elections unless the budget passes"). */
const SUBORDINATOR = /^(although|though|because|unless|whereas)$/;

/** Clause end after token `from`: the next semicolon, a comma before a new clause, a subordinator, a second predicate, or the sentence end. */
export function clauseEnd(toks: readonly Token[], from: number, stop = toks.length): number {
  for (let j = from; j < stop; j++) {
    const n = toks[j]!.norm;
    if (n === ';' || n === '—' || n === '.' || (n === ',' && AFTER_COMMA.test(toks[j + 1]?.norm ?? ''))) return j;
    if (j > from && (SUBORDINATOR.test(n) || (n === 'and' && secondPredicate(toks, j + 1)))) return j;
    // "Israel, which has long opposed the deal, welcomed the move": a comma before a finite verb closes a relative clause.
    if (n === ',' && j > from && (finite(toks[j + 1]) || creditAfter(toks, j + 1) || relativeAppositive(toks, j + 1) || /^(has|have|had|is|are|was|were|will|would)$/.test(toks[j + 1]?.norm ?? ''))) return j;
  }
  return stop;
}

/**
 * "thanked voters and invited Odinga to join": a past-tense verb after "and" starts the subject's next
 * predicate, whose object is not this one's. The tagger may read such a participle as an adjective, so
 * an "-ed" adjective counts when a name, pronoun or determiner follows it ("and armed groups" does not).
 */
function secondPredicate(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.tags.includes('PastTense') && t.tags.includes('Verb') && !t.tags.includes('Noun')) return true;
  const next = toks[k + 1];
  return /ed$/.test(t.norm) && t.tags.includes('Adjective') && !!next && /ProperNoun|Determiner|Pronoun/.test(next.tags.join(' '));
}

/**
 * "accused Britain, France and Germany of": the noun phrase stops at the first comma; the names
 * listed after it, up to the one after "and", are targets too. Only a list of bare names counts.
 */
function namesListedAfter(entities: readonly Entity[] | undefined, toks: readonly Token[], from: number, end: number): MentionHit[] {
  const out: MentionHit[] = [];
  let j = from;
  while (j < end && toks[j]!.norm === ',') {
    const and = toks[j + 1]?.norm === 'and';
    const np = nounPhraseAfter(toks, and ? j + 2 : j + 1, end);
    const hits = np ? entitiesIn(entities, toks, np) : [];
    const named = (t: Token) => t.norm === 'and' || hits.some((h) => h.mention.start <= t.start && t.end <= h.mention.end);
    if (!np || !hits.length || !toks.slice(np.from, np.to).every(named)) return [];
    out.push(...hits);
    if (and || toks.slice(np.from, np.to).some((t) => t.norm === 'and')) return out;
    j = np.to;
  }
  return [];
}

/** ", the company said", ", officials told Reuters": a speech credit after the comma ends the clause before it. */
function creditAfter(toks: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(toks.length, k + 6); j++) {
    const n = toks[j]!.norm;
    if (/^(said|says|told|added|reported|announced)$/.test(n)) return j > k;
    if (/^[,;.]$/.test(n) || (toks[j]!.tags.includes('Verb') && !toks[j]!.tags.includes('Noun'))) return false;
  }
  return false;
}

/** ", a policy that …", ", the plan which …": an appositive with its own relative clause, about the phrase before. */
function relativeAppositive(toks: readonly Token[], k: number): boolean {
  if (!/^(a|an|the)$/.test(toks[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 5); j++) if (/^(that|which|who|whose)$/.test(toks[j]!.norm)) return true;
  return false;
}

function finite(t: Token | undefined): boolean {
  return !!t && t.tags.includes('Verb') && t.tags.includes('PastTense') && !t.tags.includes('Noun') && !t.tags.includes('Adjective');
}

/** `wide`: look for the target through the whole rest of the clause (threats: "threatened to X if Y"). */
export function targetAfter(doc: Document, entities: readonly Entity[] | undefined, sentence: Sentence, from: number, stop: number, wide = false): Target {
  const toks = sentence.tokens;
  // "demanded that the US cancel", "urged Iran to": the target heads the clause that follows.
  if (toks[from]?.norm === 'that' && from + 1 < stop) from++;
  // "rejected Thursday a UN appeal": a date between verb and object.
  while (from + 1 < stop && timeAt(toks, from)) from++;
  const end = clauseEnd(toks, from, stop);
  // "a policy that X defended on Thursday as …": nothing but a time is no target.
  if (end <= from || (end === from + 1 && timeAt(toks, from))) return { target: null, targetText: null };
  // "accused the government of X on Wednesday": a trailing time adjunct is no part of the target.
  const last = textEnd(toks, from, end);
  const text = trimQuotes(doc.text.slice(toks[from]!.start, toks[last - 1]!.end));
  const np = nounPhraseAfter(toks, from, end);
  if (np) {
    const own = entitiesIn(entities, toks, np);
    if (own[0]) {
      const coordinated = toks.slice(np.from, np.to).some((t) => t.norm === 'and');
      const listed = coordinated ? own.slice(1) : namesListedAfter(entities, toks, np.to, end);
      return { target: own[0].entity.id, targetText: text, also: listed.map((h) => h.entity.id) };
    }
    // "the air strikes", "drone attacks": the tagger may read the act as a verb after its noun modifier.
    const h = np.to < end && ACTIONS.test(toks[np.to]!.norm) && toks[np.to]!.tags.includes('Verb') ? np.to : np.to - 1;
    const head = toks[h]!;
    if (ACTIONS.test(head.norm)) {
      const actor = actorOf(doc, entities, sentence, head.norm);
      if (actor) return { target: actor, targetText: text };
      // "condemned the strikes on Iran": the place or party struck is the victim, not the one opposed.
      if (!/^(actions?|moves?|decision|tests?)$/.test(head.norm) && h + 1 < end && VICTIM_PREPS.has(toks[h + 1]!.norm)) return { target: null, targetText: text };
    }
  }
  // "met with X", "signed an accord with X", "appealed to X".
  let timed = false;
  for (let j = np?.to ?? from; j < end - 1; j++) {
    // "suspended a plan to deploy officers to Haiti": an infinitive after the object is the object's own clause.
    if (toks[j]!.norm === 'to' && j > from && toks[j + 1]!.tags.includes('Verb') && !toks[j + 1]!.tags.includes('Noun')) break;
    // "criticised the referee after the defeat at Everton": a time phrase is when, and names no target,
    // except a party to talks ("called off the strike after talks with the government").
    if (TIME_PREPS.has(toks[j]!.norm) && j > from) timed = true;
    if (!TARGET_PREPS.has(toks[j]!.norm) || (timed && !/^(with|between)$/.test(toks[j]!.norm))) continue;
    const after = nounPhraseAfter(toks, j + 1, end);
    const found = after ? entitiesIn(entities, toks, after) : [];
    // The name heads the phrase: it starts it, the phrase is short, or it closes the object's own
    // complement, with no "of" in it ("an offer from its larger rival X", but not "the Tigers of X").
    const closes = (h: (typeof found)[number]) => j === (np?.to ?? from) && h.mention.end === toks[after!.to - 1]!.end && !toks.slice(after!.from, after!.to).some((t) => t.norm === 'of');
    const hit = found.find((h) => h.mention.start === toks[after!.from]!.start || after!.to - after!.from <= 4 || closes(h));
    const coordinated = !!after && toks.slice(after.from, after.to).some((t) => t.norm === 'and');
    if (hit) return { target: hit.entity.id, targetText: text, also: coordinated ? found.filter((h) => h !== hit).map((h) => h.entity.id) : [] };
  }
  // Last, an entity close behind the cue ("rejected proposed Israeli changes").
  // "sign an extension before Christmas": a name after a word of time is when, not whom.
  let reach = Math.min(end, from + 6);
  for (let j = from + 1; j < reach; j++) if (TIME_PREPS.has(toks[j]!.norm)) reach = j;
  const near = mentionsIn(entities, toks[from]!.start, toks[reach - 1]!.end)[0] ?? (wide ? mentionsIn(entities, toks[from]!.start, toks[Math.min(toks.length, stop) - 1]!.end)[0] : undefined);
  if (near) return { target: near.entity.id, targetText: text };
  return { target: null, targetText: text || null };
}

/** The entity named right before an act like `noun` ("Israeli airstrikes"), in this sentence or the one before. */
export function actorOf(doc: Document, entities: readonly Entity[] | undefined, sentence: Sentence, noun: string): string | null {
  const stem = noun.replace(/^air/, '').replace(/s$/, '');
  const prev = doc.sentences[sentence.i - 1];
  for (const s of [sentence, prev]) {
    if (!s) continue;
    const toks = s.tokens;
    for (let j = toks.length - 1; j > 0; j--) {
      if (!toks[j]!.norm.replace(/^air/, '').startsWith(stem)) continue;
      for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
        const t = toks[k]!;
        const m = mentionsIn(entities, t.start, t.end)[0];
        if (m) return m.entity.id;
        // The actor modifies the act ("Israeli strikes", "Russia's offensive"): a verb, a preposition or a
        // comma ends that noun phrase ("Pakistan condemned the strikes": Pakistan is no striker).
        if ((t.tags.includes('Verb') && !t.tags.includes('Adjective')) || t.tags.includes('Preposition') || /^[,;:]$/.test(t.norm)) break;
      }
    }
  }
  return null;
}
