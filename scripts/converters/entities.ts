import type { Extraction } from '../../src/index.js';

/** CoNLL types: GPE, LOC and FAC are LOC; NORP, EVENT and MISC are MISC; a demonym mention is MISC. */
const CONLL = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', MISC: 'MISC' } as const;

interface Out {
  start: number;
  end: number;
  type: string;
  /** Ignored by the scorer; scripts/entities-halves.mjs --errors shows it. */
  rule?: string;
}

/**
 * Our mentions are the names themselves ("NATO" in "NATO-led", "Israel" and "PLO" in "Israel-PLO
 * talks"); CoNLL labels the whole hyphenated word as one MISC name: see `conllHyphens`.
 */
export function entities(out: Extraction, doc: { id: string; text: string }) {
  const spans: Out[] = out.entities.flatMap((e) =>
    e.mentions
      // CoNLL marks names only: a body named by description in lower case ("Spain's central bank") is no name there.
      .filter((m) => m.kind !== 'pronoun' && !(m.rule === 'entities/descriptive-org' && !/\p{Lu}/u.test(m.text)))
      .map((m) => ({ start: m.start, end: m.end, type: m.kind === 'demonym' ? 'MISC' : CONLL[e.type], rule: m.rule ?? e.rule })),
  );
  return { id: doc.id, entities: conllHyphens(spans, doc.text) };
}

const joinable = (a: Out, b: Out | undefined, text: string): boolean =>
  !!b && b.start === a.end + 1 && text[a.end] === '-' && a.type !== 'PER' && b.type !== 'PER';

/** Lower-case prefixes CoNLL keeps inside a MISC word: "post-Soviet", "neo-Nazi", "pro-Baghdad", "anti-American". */
const PREFIX = /(?:^|[^\p{L}\p{N}-])(?:anti|pro|neo|post|pre|mid|non|pan|ex|ultra|trans)-$/u;
/** A lower-case tail: "NATO-led", "Toronto-based", "U.S.-sponsored", "Russian-built". */
const TAIL = /^-\p{Ll}+(?![\p{L}\p{N}-])/u;

/**
 * CoNLL conventions for hyphenated words: a name with a lower-case tail or prefix is one MISC word
 * ("Serb-held", "post-Soviet"), and two names joined by a hyphen into one word are one name
 * ("Israeli-Syrian", "Israel-PLO" MISC; "Croatia-Yugoslavia" LOC when both are places).
 */
function conllHyphens(spans: readonly Out[], text: string): Out[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Out[] = [];
  for (let k = 0; k < sorted.length; k++) {
    let m = { ...sorted[k]! };
    const next = sorted[k + 1];
    // "Israel-PLO", "Amsterdam-Rotterdam-Antwerp": mentions touching across single hyphens, with no letter around them.
    let last = k;
    while (joinable(sorted[last]!, sorted[last + 1], text)) last++;
    if (last > k && !/[\p{L}\p{N}-]/u.test(text[sorted[last]!.end] ?? '') && !/[\p{L}\p{N}-]/u.test(text[m.start - 1] ?? '')) {
      const all = sorted.slice(k, last + 1);
      m = { start: m.start, end: sorted[last]!.end, type: all.every((x) => x.type === 'LOC') ? 'LOC' : 'MISC', rule: m.rule };
      k = last;
    }
    const tail = TAIL.exec(text.slice(m.end, m.end + 24));
    if (tail && m.type !== 'PER') m = { ...m, end: m.end + tail[0].length, type: 'MISC' };
    const before = text.slice(Math.max(0, m.start - 8), m.start);
    const prefix = PREFIX.exec(before);
    if (prefix && m.type !== 'PER') m = { ...m, start: m.start - (prefix[0].length - (/^[^\p{L}\p{N}-]/u.test(prefix[0]) ? 1 : 0)), type: 'MISC' };
    out.push(m);
  }
  return out;
}
