/**
 * The one place compromise is set up and called. Our sentences are fed in bounded chunks (up to
 * CHUNK characters, whole sentences only, joined by a blank line so that compromise splits where we
 * do): one call per chunk is ~15% cheaper than one per sentence, and bounded chunks keep cost linear
 * (compromise goes super-linear on long runs). Sentences inside a multi-sentence quotation go alone.
 * Rules read the copied tags and never call compromise.
 *
 * We load `compromise/two` (tokenizer + part-of-speech tagger), not the full `compromise`: the
 * third level only adds API methods and the 'chunks' pass (noun/verb phrase chunks, which sets no
 * tag), ~12% of the tagging time; the tags are identical (checked on the 456 bench articles).
 */
import nlp from 'compromise/two';
import type { Range } from './sentences.js';
import { createBulkMatch, type BulkMatch, type TagSet } from './sweep.js';

interface World {
  methods?: { one?: { bulkMatch?: unknown } };
  model?: { one?: { tagSet?: TagSet } };
}

/** Our bulkMatch, installed over compromise's (same tags, a quarter less tagging time: see sweep.ts); null if compromise has none to replace. */
export const installedBulkMatch: BulkMatch | null = installBulkMatch();

function installBulkMatch(): BulkMatch | null {
  const world = nlp.world() as World;
  if (typeof world.methods?.one?.bulkMatch !== 'function') return null;
  const bulkMatch = createBulkMatch(world.model?.one?.tagSet ?? {});
  nlp.plugin({ methods: { one: { bulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
  return bulkMatch;
}

export interface TaggedTerm {
  start: number;
  end: number;
  tags: readonly string[];
}

interface CompromiseTerm {
  text: string;
  tags: Set<string>;
}

export const CHUNK = 2000;
const SEPARATOR = '\n\n';

/** Tags each range of `text` (our sentences, in order); returns their terms with offsets into `text`. */
export function tagSentences(text: string, ranges: readonly Range[]): TaggedTerm[][] {
  const out: TaggedTerm[][] = ranges.map(() => []);
  const interned = new Map<string, readonly string[]>();
  let first = 0;
  while (first < ranges.length) {
    let last = first;
    let size = ranges[first]!.end - ranges[first]!.start;
    const alone = (r: Range) => openQuote(text, r.start, r.end);
    while (
      last + 1 < ranges.length &&
      size + SEPARATOR.length + ranges[last + 1]!.end - ranges[last + 1]!.start <= CHUNK &&
      !alone(ranges[last]!) &&
      !alone(ranges[last + 1]!)
    ) {
      last++;
      size += SEPARATOR.length + ranges[last]!.end - ranges[last]!.start;
    }
    tagChunk(text, ranges, first, last, out, interned);
    first = last + 1;
  }
  return out;
}

/** Tags ranges[first..last] in one compromise call and files each term under its own range. */
function tagChunk(text: string, ranges: readonly Range[], first: number, last: number, out: TaggedTerm[][], interned: Map<string, readonly string[]>): void {
  const base: number[] = []; // where each range starts in the chunk string
  let chunk = '';
  for (let j = first; j <= last; j++) {
    if (j > first) chunk += SEPARATOR;
    base.push(chunk.length);
    chunk += text.slice(ranges[j]!.start, ranges[j]!.end);
  }
  const view = nlp(chunk) as unknown as { document: CompromiseTerm[][] };
  let cursor = 0;
  let j = 0;
  for (const sentence of view.document) {
    for (const term of sentence) {
      if (!term.text) continue; // implicit terms of contractions ("do" in "don't")
      const at = chunk.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      while (j + 1 < base.length && at >= base[j + 1]!) j++;
      const range = ranges[first + j]!;
      const start = range.start + at - base[j]!;
      const end = start + term.text.length;
      if (end > range.end) continue; // spans our boundary (cannot happen with clean terms)
      out[first + j]!.push({ start, end, tags: intern(term.tags, interned) });
    }
  }
}

/**
 * A sentence with an unbalanced double quote (a quotation running over several sentences) is
 * tagged on its own: in a chunk, compromise would carry the quote across our separator, merge the
 * sentences and read the next sentence's first word as a proper noun.
 */
function openQuote(text: string, start: number, end: number): boolean {
  let straight = 0;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0xab) depth++;
    else if (c === 0x201d || c === 0xbb) {
      if (depth === 0) return true; // closes a quote opened in an earlier sentence
      depth--;
    }
  }
  return straight % 2 === 1 || depth !== 0;
}

/** One frozen array per distinct tag set in a document: tokens share them, memory stays small. */
function intern(tags: Set<string>, seen: Map<string, readonly string[]>): readonly string[] {
  const list = [...tags];
  const key = list.join('|');
  let found = seen.get(key);
  if (!found) {
    found = Object.freeze(list);
    seen.set(key, found);
  }
  return found;
}

/** Tags one sentence text[start, end) on its own (kept for callers that have a single range). */
export function tagSentence(text: string, start: number, end: number): TaggedTerm[] {
  return tagSentences(text, [{ start, end }])[0]!;
}

/** Words compromise's own lexicon files under any of `tags` ("michael" → MaleName), read once by a stage's prepare. */
export function lexiconWords(tags: readonly string[]): ReadonlySet<string> {
  const lexicon = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) if ((Array.isArray(tag) ? tag : [tag]).some((t) => tags.includes(t))) out.add(word);
  return out;
}
