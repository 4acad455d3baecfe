import type { Document, Token } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { EntityType } from '../../schema/entity.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameWord } from '../chunk.js';
import { compactKey } from '../data.js';
import { within } from '../distance.js';
import { hasTag, isCapitalised, isCapsSentence } from '../match.js';

/** Tags that show the tagger knows the word: then it is not a typo. */
const KNOWN_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Acronym', 'Verb', 'Adjective', 'Adverb', 'Date', 'Value'];

/**
 * A capitalised word the tagger does not know, seen once, and one edit away from a name elsewhere
 * in the article ("Trum" beside "Trump") or from a gazetteer name ("Whitehous" → White House).
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/misspelling',
  kind: 'entities',
  description: 'Misspelt names: unknown capitalised words within a small edit distance of an article or gazetteer name.',
  confidence: 0.6,
  examples: {
    match: [
      { text: 'Donald Trump spoke first. Later, President Trum said more.', expect: { text: 'Trum', kind: 'misspelling', near: 'Trump' } },
      { text: 'They had lunch in Whitehous on Friday.', expect: { text: 'Whitehous', kind: 'misspelling', name: 'White House', type: 'FAC' } },
    ],
    noMatch: ['Donald Trump and Melania Trump arrived.', 'Dana Whitfield spoke first. Data from the agency show prices rose.', 'Senator Ted Macron toured Ohio. He spoke in Toledo and Macon on Monday.', 'The Ministry of Defence signed the deal, Defense Secretary Ana Ruiz said.', 'KAUHAVA, Finland 1996-08-24\nRain fell in Kauhava on Saturday.', 'Fighting in Iraq and Iran continued.'],
  },
  run(ctx) {
    const { doc, data } = ctx;
    const names = articleNames(doc);
    const buckets = bucketed(names);
    for (const s of doc.sentences) {
      if (isCapsSentence(s)) continue;
      s.tokens.forEach((t, k) => {
        // Opening a sentence it needs no tagger support: one edit from an article name is the evidence.
        if (t.text.length < 4 || !nameWord(s.tokens, k, false) || hasTag(t, ...KNOWN_TAGS) || data.phrases.has(t.norm)) return;
        if ((names.get(t.text) ?? 0) > 1 || commonOpening(s.tokens, k)) return;
        const evidence = doc.span(s.start, s.end);
        const near = placeSlot(s.tokens, k) ? null : nearName(t, buckets);
        if (near) return ctx.emit({ ...doc.span(t.start, t.end), type: 'MISC', kind: 'misspelling', near, strength: 0, evidence });
        // A gazetteer near-miss needs the word to read as a name where it stands.
        const known = nameWord(s.tokens, k, k === 0) ? nearKnown(t, data) : null;
        if (known) ctx.emit({ ...doc.span(t.start, t.end), type: known.type, name: known.name, kind: 'misspelling', strength: 2, evidence });
      });
    }
  },
});

/**
 * Where the word stands says it is no typo of a person: "Data from the agency show" (an opening
 * noun before a preposition or a plural noun), "in Savannah and Macon" (a place after "in", or
 * joined to one), however close "Dana" or "Macron" is.
 */
function commonOpening(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return k === 0 && !!next && /^\p{Ll}/u.test(next.text) && (hasTag(next, 'Preposition') || (hasTag(next, 'Plural') && !hasTag(next, 'Verb')));
}

function placeSlot(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1]?.norm ?? '';
  if (['in', 'at', 'near', 'outside'].includes(prev)) return true;
  return (prev === 'and' || prev === ',') && !!toks[k - 2] && isCapitalised(toks[k - 2]!) && ['in', 'at'].includes(toks[k - 3]?.norm ?? '');
}

/** Capitalised words of the article's mixed-case sentences, with their counts. */
function articleNames(doc: Document): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of doc.sentences) {
    if (isCapsSentence(s)) continue;
    for (const t of s.tokens) if (/^\p{Lu}\p{Ll}/u.test(t.text)) out.set(t.text, (out.get(t.text) ?? 0) + 1);
  }
  return out;
}

/** Article words by first letter and length, so a lookup compares only a few near-length words. */
function bucketed(names: ReadonlyMap<string, number>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of names.keys()) {
    if (w.length < 4) continue;
    const k = `${w[0]}${w.length}`;
    const list = out.get(k);
    if (list) list.push(w);
    else out.set(k, [w]);
  }
  return out;
}

/** An article word one edit away with the same first letter (not a plural of it). */
function nearName(t: Token, buckets: ReadonlyMap<string, readonly string[]>): string | null {
  for (let len = t.text.length - 1; len <= t.text.length + 1; len++) {
    for (const w of buckets.get(`${t.text[0]}${len}`) ?? []) {
      // The same word in another case ("JYVASKYLA" in a dateline, "Jyvaskyla" in the body) is no misspelling.
      if (w.toLowerCase() === t.norm || w.toLowerCase() === t.norm + 's' || t.norm === w.toLowerCase() + 's') continue;
      // British and American spellings of one word ("Defence"/"Defense", "Labour"/"Labor", "Centre"/"Center") are no typo.
      if (american(w.toLowerCase()) === american(t.norm)) continue;
      if (within(w.toLowerCase(), t.norm, 1)) return w;
    }
  }
  return null;
}

/** A word in American spelling: "defence" → "defense", "labour" → "labor", "centre" → "center", "organise" → "organize". */
const american = (w: string): string => w.replace(/ence$/, 'ense').replace(/our(?=s?$)/, 'or').replace(/tre(?=s?$)/, 'ter').replace(/is(?=e[sd]?$|ing$|ation)/, 'iz');

/** A gazetteer name within one edit (two for long names) of the word, same first letter. */
function nearKnown(t: Token, data: EntityData): { name: string; type: EntityType } | null {
  const key = compactKey(t.text);
  if (key.length < 6) return null;
  const max = key.length >= 10 ? 2 : 1;
  for (let len = key.length - max; len <= key.length + max; len++) {
    for (const e of data.compact.get(`${key[0]}${len}`) ?? []) {
      if (e.key !== key && within(e.key, key, max)) return { name: e.name, type: e.type };
    }
  }
  return null;
}
