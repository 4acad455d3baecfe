/**
 * A faster drop-in for compromise's `methods.one.bulkMatch`, the step of its post-tagger that picks,
 * for each comma-separated piece of a sentence, which of its ~570 correction patterns to try.
 *
 * compromise 14 walks all ~730 pattern hooks for every piece, growing the candidate list with
 * `concat` (a copy per hook found), then filters it in three passes: about a third of all tagging
 * time. Here each piece walks only its own cached words and tags (a few dozen), looks them up in a
 * hook→rank map built once per pattern net, and filters in the same pass. The patterns tried, their
 * order and the matches returned are the same (test/sweep.test.ts compares both on real prose), so
 * the tags are unchanged. Installed through compromise's plugin API (`methods`), which merges over
 * the built-in method; if a future compromise renames it, the built-in one simply stays.
 */

/** A parsed compromise match pattern, as built by `methods.one.buildNet` (only the fields read here). */
export interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
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

interface Ranked {
  rank: Map<string, number>;
  keys: string[];
}

/** Hook keys in the order compromise walks them (Object.keys), built once per net. */
const ranks = new WeakMap<object, Ranked>();

function rankOf(hooks: Record<string, NetMatch[]>): Ranked {
  let found = ranks.get(hooks);
  if (!found) {
    const keys = Object.keys(hooks);
    found = { keys, rank: new Map(keys.map((k, i) => [k, i])) };
    ranks.set(hooks, found);
  }
  return found;
}

/** compromise's three trim filters in one: all needs present, no ifNo present, enough wants. */
function passes(m: NetMatch, have: Set<string>): boolean {
  for (const need of m.needs) if (!have.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (have.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (have.has(want)) found++;
  return found >= m.minWant;
}

/**
 * The patterns worth trying on one piece, in compromise's order: hooks by key order, duplicates
 * (the same pattern under several hooks) dropped before filtering, as compromise does.
 */
function candidates(have: Set<string>, words: number, net: Net): NetMatch[] {
  const { rank, keys } = rankOf(net.hooks);
  const hit: number[] = [];
  for (const item of have) {
    const r = rank.get(item);
    if (r !== undefined) hit.push(r);
  }
  hit.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const r of hit) {
    for (const m of net.hooks[keys[r]!]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (passes(m, have) && words >= m.minWords) out.push(m);
    }
  }
  for (const m of net.always) if (words >= m.minWords) out.push(m);
  return out;
}

/** Same contract as compromise's bulkMatch(document, net, methods, opts). */
export function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Record<string, unknown>[] {
  const cache = methods.one.cacheDoc(document);
  const results: Record<string, unknown>[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(cache[n]!, document[n]!.length, net)) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n; // the pointer is into this piece
        const todo: Record<string, unknown> = { ...m, pointer: ptr };
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
