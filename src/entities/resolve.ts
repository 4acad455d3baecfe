/**
 * Turns mention candidates into entity records: picks one reading per span (longest span wins
 * overlaps; on the same span the strongest reading: metonym > gazetteer > cue > guess), groups
 * mentions by canonical name, links short person names and misspellings to their full names,
 * votes each entity's type by the strength of its mentions' evidence, then links pronouns and roles.
 */
import type { Document } from '../doc/document.js';
import type { Stamped } from '../pipeline/rule.js';
import type { Entity, Mention } from '../schema/entity.js';
import type { EntityCandidate } from './types.js';
import { Cluster, addRoles, linkPronouns, mergeShortNames, toRecords, typeOf } from './link.js';
import { mergeActingSeats, mergeMisspeltNames, mergeOrgShortForms, mergeSurnamePlaces, settleAlternates, settleRegionOrgs } from './merge.js';
import type { EntityData } from './types.js';
import { mergeAcronyms, mergeDescribedBanks } from './aliases.js';

type Cand = Stamped<EntityCandidate>;

export function resolveEntities(candidates: Cand[], ctx: { doc: Document; data: EntityData }): Omit<Entity, 'id'>[] {
  const groups = spanGroups(candidates.filter((c) => c.kind !== 'pronoun'), ctx.doc.text.length);
  const clusters = new Map<string, Cluster>();
  const pending: Cand[][] = [];
  for (const g of groups) {
    const typo = g.find((c) => c.kind === 'misspelling' && c.near);
    if (typo) pending.push(g);
    else place(clusters, best(g), g);
  }
  mergeShortNames(clusters);
  // Misspellings close to an article word join the entity using that word; otherwise the span keeps its other reading.
  const byWord = wordIndex(clusters);
  for (const g of pending) {
    const typo = g.find((c) => c.kind === 'misspelling' && c.near)!;
    const target = byWord.get(typo.near!);
    if (target) {
      target.mentions.push(mention(typo));
      for (const c of g) if (c.role) target.roles.push(c.role);
    }
    else {
      const rest = g.filter((c) => c !== typo);
      if (rest.length) place(clusters, best(rest), rest);
    }
  }
  rejoinLocal(clusters);
  mergeActingSeats(clusters, ctx.data);
  settleAlternates(clusters, ctx.data);
  settleRegionOrgs(clusters);
  mergeSurnamePlaces(clusters, ctx.doc.text);
  mergeOrgShortForms(clusters);
  mergeMisspeltNames(clusters);
  mergeAcronyms(clusters);
  mergeDescribedBanks(clusters, ctx.data);
  const list = [...new Set(clusters.values())];
  linkPronouns(list, candidates.filter((c) => c.kind === 'pronoun'), ctx.doc);
  return toRecords(list, addRoles);
}

/** Candidates grouped by exact span; overlapping groups resolved, longest first. */
function spanGroups(cands: Cand[], length: number): Cand[][] {
  const bySpan = new Map<string, Cand[]>();
  for (const c of cands) {
    const k = `${c.start}:${c.end}`;
    const g = bySpan.get(k);
    if (g) g.push(c);
    else bySpan.set(k, [c]);
  }
  const groups = [...bySpan.values()].sort((a, b) => b[0]!.end - b[0]!.start - (a[0]!.end - a[0]!.start) || strengthOf(b) - strengthOf(a));
  const taken = new Uint8Array(length);
  const kept: Cand[][] = [];
  for (const g of groups) {
    const { start, end } = g[0]!;
    if (taken.subarray(start, end).some((x) => x === 1)) continue;
    taken.fill(1, start, end);
    kept.push(g);
  }
  return kept.sort((a, b) => a[0]!.start - b[0]!.start);
}

const strengthOf = (g: Cand[]): number => Math.max(...g.map((c) => c.strength ?? 0));

/** The reading of a span: highest strength; a known name beats a guess at equal strength. */
function best(g: Cand[]): Cand {
  return g.reduce((a, b) => ((b.strength ?? 0) > (a.strength ?? 0) || ((b.strength ?? 0) === (a.strength ?? 0) && b.name && !a.name) ? b : a));
}

/** Separates a context-bound reading's key from its name's ("BOSTON" + LOCAL + "GPE"). */
const LOCAL = '\u0001';

function place(clusters: Map<string, Cluster>, c: Cand, group: Cand[]): void {
  const name = c.name ?? group.find((x) => x.name)?.name ?? c.text.replace(/\s+/g, ' ');
  const key = c.local ? `${name}${LOCAL}${c.type}` : (c.name ?? c.text.replace(/\s+/g, ' '));
  let cl = clusters.get(key);
  if (!cl) {
    cl = { key, known: !!c.name && (c.strength ?? 0) >= 2, votes: new Map(), mentions: [], roles: [], first: c };
    clusters.set(key, cl);
  }
  cl.mentions.push(mention(c));
  cl.gender ??= group.find((x) => x.gender)?.gender;
  const weight = [1, 3, 10, 30, 100][c.strength ?? 0] ?? 1;
  for (const x of group) {
    // A bare guess ("MISC", nothing known) gives no vote: another mention's reading ("in Manhattan") settles the type.
    if (x.type === 'MISC' && !x.strength && !x.name) continue;
    if (x.type === c.type || x.strength === c.strength) cl.votes.set(x.type, (cl.votes.get(x.type) ?? 0) + (x === c ? weight : weight / 10));
    if (x.role) cl.roles.push(x.role);
  }
}

/**
 * A context-bound reading joins the record of its name when that record reads the same way (or is
 * the only one); it stays a record of its own when the name's other mentions read otherwise.
 */
function rejoinLocal(clusters: Map<string, Cluster>): void {
  for (const [key, cl] of [...clusters]) {
    const at = key.indexOf(LOCAL);
    if (at < 0 || cl.key !== key) continue;
    const base = key.slice(0, at);
    const other = clusters.get(base);
    const place = (t: string) => (t === 'GPE' || t === 'LOC' ? 'place' : t);
    clusters.delete(key);
    // Its reading is settled by its context: later merges (short forms, surnames) leave it alone.
    cl.known = true;
    if (!other) {
      cl.key = base;
      clusters.set(base, cl);
    } else if (place(typeOf(other)) === place(typeOf(cl))) {
      other.mentions.push(...cl.mentions);
      other.roles.push(...cl.roles);
    } else {
      cl.key = base;
      clusters.set(key, cl);
    }
  }
}

function mention(c: Cand): Mention & { sentence?: number } {
  return { start: c.start, end: c.end, text: c.text, kind: c.kind, rule: c.rule, confidence: c.confidence };
}

/** Each word of each cluster's name mentions → that cluster (ambiguous words map to none). */
function wordIndex(clusters: Map<string, Cluster>): Map<string, Cluster> {
  const out = new Map<string, Cluster | null>();
  for (const cl of new Set(clusters.values())) {
    for (const m of cl.mentions) {
      for (const w of m.text.split(/\s+/)) {
        const had = out.get(w);
        out.set(w, had === undefined || had === cl ? cl : null);
      }
    }
  }
  return new Map([...out].filter((e): e is [string, Cluster] => e[1] !== null));
}
