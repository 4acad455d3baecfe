/** Entity clusters and the links made after grouping: short person names, pronouns, roles. */
import type { Document } from '../doc/document.js';
import type { Stamped } from '../pipeline/rule.js';
import type { Entity, EntityType, Mention, Role } from '../schema/entity.js';
import type { EntityCandidate } from './types.js';

type Cand = Stamped<EntityCandidate>;
type RawRole = NonNullable<EntityCandidate['role']>;

export interface Cluster {
  key: string;
  /** Named by the gazetteer (its key is a canonical name). */
  known: boolean;
  votes: Map<EntityType, number>;
  mentions: Mention[];
  roles: RawRole[];
  first: Cand;
  /** From a first name the tagger knows as male or female, when there is one. */
  gender?: 'm' | 'f';
}

export const typeOf = (cl: Cluster): EntityType => [...cl.votes].reduce((a, b) => (b[1] > a[1] ? b : a), ['MISC', -1] as [EntityType, number])[0];

/** Generational suffixes after a surname ("Robert Kennedy Jr.", "Henry Ford II"). */
const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** The surname of a person's name words: the last, or the one before a generational suffix. */
export const surname = (words: readonly string[]): string => (words.length > 2 && SUFFIXES.test(words[words.length - 1]!) ? words[words.length - 2]! : words[words.length - 1]!);

/**
 * "Munir" after "Asim Munir", "Fischler" after "Franz Fischler": a one-word name that is the last
 * (or first) word of exactly one longer person name joins it. Keys are rewritten in place.
 */
export function mergeShortNames(clusters: Map<string, Cluster>): void {
  const byWord = new Map<string, Cluster | null>();
  for (const cl of clusters.values()) {
    const words = cl.key.split(' ');
    if (words.length < 2 || typeOf(cl) !== 'PERSON') continue;
    for (const w of [surname(words), words[0]!]) byWord.set(w, byWord.has(w) && byWord.get(w) !== cl ? null : cl);
  }
  for (const [key, cl] of clusters) {
    if (cl.known || key.includes(' ')) continue;
    const target = byWord.get(key);
    if (!target || target === cl) continue;
    target.mentions.push(...cl.mentions);
    target.roles.push(...cl.roles);
    for (const [ty, v] of cl.votes) if (ty === 'PERSON') target.votes.set(ty, (target.votes.get(ty) ?? 0) + v);
    clusters.set(key, target);
  }
}

/** Each pronoun joins the nearest preceding person mention, or linked pronoun, in its own or the previous sentence. */
export function linkPronouns(clusters: Cluster[], pronouns: Cand[], doc: Document): void {
  const sentence = (offset: number) => doc.sentenceAt(offset)?.i ?? -1;
  const persons: { start: number; end: number; cl: Cluster }[] = [];
  for (const cl of clusters) {
    if (typeOf(cl) !== 'PERSON') continue;
    for (const m of cl.mentions) persons.push({ start: m.start, end: m.end, cl });
  }
  persons.sort((a, b) => a.start - b.start);
  let k = -1;
  // The last linked pronoun carries its person on: "Judge Maria Okafor wrote … The judge said she … She ordered".
  let chain: { start: number; end: number; gender?: 'm' | 'f'; cl: Cluster } | null = null;
  for (const p of pronouns.sort((a, b) => a.start - b.start)) {
    while (k + 1 < persons.length && persons[k + 1]!.end <= p.start) k++;
    const nearest = persons[k]?.start ?? -1;
    const object = objectPronoun(p, doc);
    const banned = new Set<Cluster>();
    // "He thanked him": the subject's pronoun rules its person out for the object.
    if (chain && chain.start > nearest && object && sameClause(doc, chain.end, p.start)) banned.add(chain.cl);
    else if (chain && chain.start > nearest && sentence(p.start) - sentence(chain.start) <= 1 && (!p.gender || !chain.gender || p.gender === chain.gender)) {
      chain.cl.mentions.push({ start: p.start, end: p.end, text: p.text, kind: 'pronoun', rule: p.rule, confidence: p.confidence });
      chain = { start: p.start, end: p.end, gender: p.gender ?? chain.gender, cl: chain.cl };
      continue;
    }
    // The nearest preceding person of a compatible gender, looking back a few mentions at most.
    let linked: Cluster | null = null;
    for (let j = k; j >= 0 && j > k - 6; j--) {
      const near = persons[j]!;
      if (sentence(p.start) - sentence(near.start) > 1) break;
      if (near.cl.gender && p.gender && near.cl.gender !== p.gender) continue;
      if (banned.has(near.cl)) continue;
      if (object && sameClause(doc, near.end, p.start)) {
        banned.add(near.cl); // nor any other mention of the subject: "Lukas Brenner … Brenner thanked him"
        continue;
      }
      linked = near.cl;
      break;
    }
    linked ??= onlyPersonBefore(persons, k, p, sentence, banned);
    if (linked) {
      linked.mentions.push({ start: p.start, end: p.end, text: p.text, kind: 'pronoun', rule: p.rule, confidence: p.confidence });
      chain = { start: p.start, end: p.end, gender: p.gender ?? linked.gender, cl: linked };
    }
  }
}

/**
 * "Judge Maria Okafor ruled … The judge said the agency erred. She ordered …": up to three sentences back, the
 * one person named there, if the pronoun's gender is hers (known from her first name), is who it means.
 */
function onlyPersonBefore(persons: readonly { start: number; cl: Cluster }[], k: number, p: Cand, sentence: (o: number) => number, banned: ReadonlySet<Cluster>): Cluster | null {
  let only: Cluster | null = null;
  for (let j = k; j >= 0 && j > k - 12; j--) {
    const near = persons[j]!;
    if (sentence(p.start) - sentence(near.start) > 3) break;
    if (only && near.cl !== only) return null;
    only = near.cl;
  }
  return only && !banned.has(only) && !!p.gender && only.gender === p.gender ? only : null;
}

/** "him", or "her" not before a noun ("thanked her", not "her office"): an object. */
function objectPronoun(p: Cand, doc: Document): boolean {
  const w = p.text.toLowerCase();
  if (w === 'him') return true;
  if (w !== 'her') return false;
  const toks = doc.sentenceAt(p.start)?.tokens ?? [];
  const next = toks[toks.findIndex((t) => t.start === p.start) + 1];
  return !next || !/^\p{L}/u.test(next.text) || !next.tags.some((t) => t === 'Noun' || t === 'Adjective' || t === 'Value');
}

/**
 * "Zelenskiy thanked him": an object pronoun is not the subject of its own clause. Same sentence, with no
 * comma, quote or clause word between them ("Bell said the judge had misled him" may be Bell).
 */
function sameClause(doc: Document, from: number, to: number): boolean {
  if (doc.sentenceAt(from)?.i !== doc.sentenceAt(to)?.i) return false;
  return !/[,;:"“”]|\b(?:that|said|says|and|but|who|whom|when|after|before|because|if|while|as|told|asked|to|for|with)\b/i.test(doc.text.slice(from, to));
}

/** Records in text order; role organisations become entity ids ("e3"). */
export function toRecords(clusters: Cluster[], roles: typeof addRoles): Omit<Entity, 'id'>[] {
  const live = clusters.filter((cl) => cl.mentions.some((m) => m.kind !== 'pronoun'));
  for (const cl of live) cl.mentions.sort((a, b) => a.start - b.start);
  live.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  // Mention start → entity id, so a role's organisation is found in one lookup.
  const ids = new Map<number, string>();
  live.forEach((cl, i) => cl.mentions.forEach((m) => m.kind !== 'pronoun' && ids.set(m.start, `e${i + 1}`)));
  return live.map((cl) => ({
    name: nameOf(cl),
    type: typeOf(cl),
    mentions: cl.mentions,
    roles: roles(cl, ids),
    confidence: Math.max(...cl.mentions.map((m) => m.confidence ?? 0.5)),
    rule: cl.first.rule,
    evidence: cl.first.evidence,
  }));
}

function nameOf(cl: Cluster): string {
  if (cl.known) return cl.key;
  const names = cl.mentions.filter((m) => m.kind === 'name');
  return names.reduce((a, b) => (b.text.length > a.text.length ? b : a), names[0] ?? cl.mentions[0]!).text.replace(/\s+/g, ' ');
}

/** The cluster's roles, deduplicated, with the organisation resolved to an entity id. */
export function addRoles(cl: Cluster, ids: ReadonlyMap<number, string>): Role[] {
  const out: Role[] = [];
  for (const r of cl.roles) {
    if (out.some((o) => o.span.start === r.span.start)) continue;
    out.push({ title: r.title, org: r.org ? (ids.get(r.org.start) ?? null) : null, former: !!r.former, span: r.span });
  }
  return out;
}
