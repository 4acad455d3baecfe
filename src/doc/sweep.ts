/**
 * A faster drop-in for compromise's `methods.one.bulkMatch`, the step of its post-tagger that picks,
 * for each comma-separated piece of a sentence, which of its ~570 correction patterns to try.
 *
 * compromise 14 walks all ~730 pattern hooks for every piece, growing the candidate list with
 * `concat` (a copy per hook found), then checks ~290 candidates per piece in three filter passes.
 * Here each pattern is filed once, under one "trigger" (a need, since all needs must be present;
 * or each want when it has no needs), so a piece walks only its own cached words and tags (a few
 * dozen) and checks only the patterns they trigger. The survivors are put back in compromise's
 * order: the first present hook listing the pattern, then its place in that hook's list. The
 * patterns tried, their order and the matches returned are the same (test/sweep.test.ts compares
 * both on real prose), so the tags are unchanged. Installed through compromise's plugin API
 * (`methods`), which merges over the built-in method; if a future compromise renames it, the
 * built-in one simply stays.
 */

/** A parsed compromise match pattern, as built by `methods.one.buildNet` (only the fields read here). */
export interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

export interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], m: NetMatch): { ptrs: number[][] };
  };
}

interface Indexed {
  /** Patterns to check when this word or tag is in the piece. */
  triggers: Map<string, Entry[]>;
  /** Number of distinct patterns (stamps are indexed by Entry.id). */
  size: number;
}

interface Entry {
  id: number;
  m: NetMatch;
  /** Hook keys listing the pattern with its rank in compromise's walk (key order, then list position). */
  listed: { key: string; order: number }[];
}

/** Built once per pattern net; null when two patterns share a match string (compromise's dedupe key). */
const indexes = new WeakMap<object, Indexed | null>();

/** compromise's tag tree, as in `nlp.world().model.one.tagSet` (only the fields read here). */
export type TagSet = Record<string, { parents?: string[]; children?: string[] } | undefined>;

/**
 * Which need a pattern is filed under: the one least likely to be in a piece, so that fewer pieces
 * check it. Any need is correct (all must be present); this only saves work. A word beats a
 * switch ("%Noun|Verb%"), which beats a tag; among tags a deeper one with fewer sub-tags
 * (#Possessive) beats a broad one (#Noun).
 */
function rarity(need: string, tags: TagSet): number {
  if (!need.startsWith('#')) return need.startsWith('%') ? 1000 : 2000;
  const t = tags[need.slice(1)];
  return 100 + 10 * (t?.parents?.length ?? 0) - (t?.children?.length ?? 0);
}

function triggerOf(needs: string[], tags: TagSet): string {
  let best = needs[0]!;
  for (const n of needs) if (rarity(n, tags) > rarity(best, tags)) best = n;
  return best;
}

function indexOf(net: Net, tags: TagSet): Indexed | null {
  if (indexes.has(net.hooks)) return indexes.get(net.hooks)!;
  const entries = new Map<NetMatch, Entry>();
  const strings = new Set<string>();
  let unique = true;
  const keys = Object.keys(net.hooks);
  keys.forEach((key, k) => {
    net.hooks[key]!.forEach((m, pos) => {
      let e = entries.get(m);
      if (!e) {
        e = { id: entries.size, m, listed: [] };
        entries.set(m, e);
        if (strings.has(m.match)) unique = false;
        strings.add(m.match);
      }
      e.listed.push({ key, order: k * 100_000 + pos });
    });
  });
  const triggers = new Map<string, Entry[]>();
  const file = (key: string, e: Entry) => {
    const list = triggers.get(key);
    if (list) list.push(e);
    else triggers.set(key, [e]);
  };
  for (const e of entries.values()) {
    // all needs must be present: one will do
    if (e.m.needs.length) file(triggerOf(e.m.needs, tags), e);
    else for (const want of new Set(e.m.wants)) file(want, e);
  }
  const built = unique ? { triggers, size: entries.size } : null;
  indexes.set(net.hooks, built);
  return built;
}

/** compromise's three trim filters in one: all needs present, no ifNo present, enough wants. */
function passes(m: NetMatch, have: Set<string>): boolean {
  for (const need of m.needs) if (!have.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (have.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (have.has(want) && ++found >= m.minWant) return true;
  return found >= m.minWant;
}

/** Where compromise's walk first meets the pattern in this piece. */
function firstOrder(e: Entry, have: Set<string>): number {
  for (const l of e.listed) if (have.has(l.key)) return l.order;
  return Infinity; // unreachable: the trigger is one of the listed keys
}

/** The patterns worth trying on one piece, in compromise's order, then the un-hooked ones. */
function candidates(have: Set<string>, words: number, net: Net, index: Indexed, stamps: Int32Array, stamp: number): NetMatch[] {
  const found: { m: NetMatch; order: number }[] = [];
  for (const item of have) {
    const list = index.triggers.get(item);
    if (!list) continue;
    for (const e of list) {
      if (stamps[e.id] === stamp) continue;
      stamps[e.id] = stamp;
      if (words >= e.m.minWords && passes(e.m, have)) found.push({ m: e.m, order: firstOrder(e, have) });
    }
  }
  found.sort((a, b) => a.order - b.order);
  const out = found.map((f) => f.m);
  for (const m of net.always) if (words >= m.minWords) out.push(m);
  return out;
}

/** compromise's own selection, for a net whose patterns do not have distinct match strings. */
function plainCandidates(have: Set<string>, words: number, net: Net): NetMatch[] {
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const key of Object.keys(net.hooks)) {
    if (!have.has(key)) continue;
    for (const m of net.hooks[key]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (words >= m.minWords && passes(m, have)) out.push(m);
    }
  }
  for (const m of net.always) if (words >= m.minWords) out.push(m);
  return out;
}

export type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Record<string, unknown>[];

/** compromise's bulkMatch(document, net, methods, opts), with `tags` (its tag tree) to pick triggers. */
export const createBulkMatch = (tags: TagSet): BulkMatch => (document, net, methods, opts = {}) => bulkMatch(document, net, methods, opts, tags);

function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean }, tags: TagSet): Record<string, unknown>[] {
  const cache = methods.one.cacheDoc(document);
  const index = indexOf(net, tags);
  const stamps = new Int32Array(index?.size ?? 0);
  const results: Record<string, unknown>[] = [];
  for (let n = 0; n < document.length; n++) {
    const words = document[n]!.length;
    const todo = index ? candidates(cache[n]!, words, net, index, stamps, n + 1) : plainCandidates(cache[n]!, words, net);
    for (const m of todo) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n; // the pointer is into this piece
        results.push({ ...m, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
