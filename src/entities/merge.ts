/**
 * Links made after grouping that join records naming the same real entity: a capital named as a
 * place in an article where it also acts for its government, an ambiguous alias ("Congo") when the
 * article names the other entity, and the short form of an organisation ("the Commission",
 * "Nordhavn") after its full name.
 */
import type { EntityData } from './types.js';
import { type Cluster, surname, typeOf } from './link.js';
import { editDistance } from './distance.js';
import { LOCATIVE } from './lexicon.js';

/** Rewrites every key of `from` to point at `to`, moving its mentions with the given kind. */
export function absorb(clusters: Map<string, Cluster>, from: Cluster, to: Cluster, kind?: Cluster['mentions'][number]['kind']): void {
  if (!from.mentions.length) return;
  to.mentions.push(...from.mentions.map((m) => (kind && m.kind !== 'pronoun' ? { ...m, kind } : m)));
  to.roles.push(...from.roles);
  // Other keys that still point at `from` find it empty; records are made only from clusters with mentions.
  clusters.set(from.key, to);
  from.mentions = [];
  from.roles = [];
}

/**
 * "ties to both Washington and Tehran" in an article where "Washington is holding back": once a
 * seat acts for its government, its other mentions there are read the same way (one entity).
 */
export function mergeActingSeats(clusters: Map<string, Cluster>, data: EntityData): void {
  for (const cl of new Set(clusters.values())) {
    const country = data.seats.get(cl.key);
    const target = country ? clusters.get(country) : undefined;
    if (!target || target === cl || typeOf(cl) !== 'GPE') continue;
    const acts = target.mentions.some((m) => m.kind === 'metonym' && m.text.replace(/\s+/g, ' ') === cl.key);
    if (!acts || !cl.mentions.every((m) => m.kind === 'name' || m.kind === 'pronoun')) continue;
    // A dateline ("MEXICO CITY, Sept 30 -") is where the story was filed: it stays the city.
    const filed = cl.mentions.filter((m) => !/\p{Ll}/u.test(m.text));
    if (!filed.length) absorb(clusters, cl, target, 'metonym');
    else {
      target.mentions.push(...cl.mentions.filter((m) => !filed.includes(m)).map((m) => ({ ...m, kind: 'metonym' as const })));
      cl.mentions = filed;
    }
  }
}

/**
 * "Amazon said…", then "jobs at Amazon": a one-word region some mention shows acting as an
 * organisation (the gazetteer withheld it there, so an ORG vote reached the region's cluster) is that
 * organisation in every mention of the article.
 */
export function settleRegionOrgs(clusters: Map<string, Cluster>): void {
  for (const cl of new Set(clusters.values())) {
    if (cl.key.includes(' ') || !cl.votes.has('ORG') || typeOf(cl) !== 'LOC') continue;
    cl.votes.delete('LOC');
  }
}

/**
 * "MaliVai Washington beat …; Washington said he", "Michael Jordan … Jordan scored": a one-word place
 * that is the surname of exactly one person the article named in full before it is that person, when
 * no mention of it reads as a place ("in Washington", "the king of Jordan", "Jordan's capital").
 */
export function mergeSurnamePlaces(clusters: Map<string, Cluster>, text: string): void {
  const byLast = new Map<string, Cluster | null>();
  for (const cl of new Set(clusters.values())) {
    const words = cl.key.split(' ');
    if (words.length < 2 || typeOf(cl) !== 'PERSON' || !cl.mentions.length) continue;
    const w = surname(words);
    byLast.set(w, byLast.has(w) && byLast.get(w) !== cl ? null : cl);
  }
  for (const cl of new Set(clusters.values())) {
    const person = byLast.get(cl.key);
    if (!person || cl.key.includes(' ') || !['GPE', 'LOC'].includes(typeOf(cl)) || !cl.mentions.length) continue;
    const first = Math.min(...person.mentions.map((m) => m.start));
    const asPlace = (m: Cluster['mentions'][number]) =>
      m.start < first || m.kind !== 'name' || PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
    if (!cl.mentions.some(asPlace)) absorb(clusters, cl, person);
  }
}

/** A locative word right before a mention ("in Washington", "visited Jordan"): the lexicon's list, as a suffix test on the text. */
const PLACE_BEFORE = new RegExp(`\\b(?:${[...LOCATIVE].join('|')})\\s+$`, 'i');

/** "Congo" read as the DRC joins the Republic of the Congo when the article names that one instead. */
export function settleAlternates(clusters: Map<string, Cluster>, data: EntityData): void {
  for (const cl of new Set(clusters.values())) {
    const texts = cl.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text);
    const other = data.alternates.get(texts[0] ?? '');
    const target = other ? clusters.get(other) : undefined;
    if (target && target !== cl && texts.every((t) => t === texts[0])) absorb(clusters, cl, target);
  }
}

/**
 * "Nordhavn" after "Nordhavn Line", "the Commission" after "European Commission": a one-word name
 * that is the first word, or the head word, of a longer organisation name joins the nearest such
 * organisation named before it (or, failing that, the only one named after it) as an alias.
 */
export function mergeOrgShortForms(clusters: Map<string, Cluster>): void {
  // First and head words of multi-word organisation names → their full-name mentions, in text order.
  const byWord = new Map<string, { start: number; cl: Cluster }[]>();
  for (const cl of new Set(clusters.values())) {
    const words = cl.key.split(' ');
    if (words.length < 2 || typeOf(cl) !== 'ORG') continue;
    const keys = new Set([words[0]!, words[words.length - 1]!.replace(/[’']s$/, '')]);
    for (const m of cl.mentions) {
      if (m.kind !== 'name' || !m.text.includes(' ')) continue;
      for (const w of keys) {
        const list = byWord.get(w);
        if (list) list.push({ start: m.start, cl });
        else byWord.set(w, [{ start: m.start, cl }]);
      }
    }
  }
  for (const list of byWord.values()) list.sort((a, b) => a.start - b.start);
  for (const cl of new Set(clusters.values())) {
    if (cl.known || cl.key.includes(' ') || !cl.mentions.length) continue;
    const fits = (byWord.get(cl.key) ?? []).filter((f) => f.cl !== cl);
    if (!fits.length) continue;
    const at = Math.min(...cl.mentions.map((m) => m.start));
    const before = fits.filter((f) => f.start < at);
    const target = before.length ? before[before.length - 1]!.cl : new Set(fits.map((f) => f.cl)).size === 1 ? fits[0]!.cl : null;
    if (target) absorb(clusters, cl, target, 'alias');
  }
}

/**
 * "Helsinki Port Authorty" after "Helsinki Port Authority": a name of several words, seen once,
 * that differs from an earlier name of the article in one word, within a small edit distance, is a
 * misspelling of it. Names are indexed with each word blanked out, so each lookup meets few names.
 */
export function mergeMisspeltNames(clusters: Map<string, Cluster>): void {
  const blanked = new Map<string, Cluster[]>();
  const eligible: Cluster[] = [];
  for (const cl of new Set(clusters.values())) {
    const words = cl.key.split(' ');
    // People are left out: "Maria Lopez" and "Mario Lopez" are two people; their typos are caught word by word.
    if (words.length < 2 || cl.known || typeOf(cl) === 'PERSON' || !cl.mentions.length) continue;
    eligible.push(cl);
    words.forEach((_, j) => {
      const k = blank(words, j);
      const list = blanked.get(k);
      if (!list) blanked.set(k, [cl]);
      else if (list.length < 8) list.push(cl); // hostile text: a bounded number of candidates per pattern
    });
  }
  for (const typo of eligible) {
    if (typo.mentions.filter((m) => m.kind !== 'pronoun').length !== 1) continue;
    const words = typo.key.split(' ');
    const at = typo.mentions[0]!.start;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!.toLowerCase();
      const max = w.length >= 10 ? 2 : 1;
      const target = (blanked.get(blank(words, j)) ?? []).find((cl) => {
        if (cl === typo || !cl.mentions.length || cl.mentions[0]!.start > at) return false;
        const other = cl.key.split(' ')[j]!.toLowerCase();
        return other !== w && w.length >= 4 && Math.abs(other.length - w.length) <= max && editDistance(other, w) <= max;
      });
      if (target) {
        absorb(clusters, typo, target, 'misspelling');
        break;
      }
    }
  }
}

const blank = (words: readonly string[], j: number): string => words.map((w, k) => (k === j ? '_' : w)).join(' ');
