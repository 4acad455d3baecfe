import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import type { Sentence, Token } from '../../doc/document.js';
import { hasTag, isCapitalised, isCapsSentence, phraseAt, titleAt } from '../match.js';
import type { Run } from '../chunk.js';
import { typeRun } from '../typing.js';

/**
 * Capitalised name runs ("Asim Munir", "Bank of England", "Nikolaus van der Pas"), typed from
 * their words (organisation suffixes), a title before them, and the tagger's tags.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/proper-name',
  kind: 'entities',
  description: 'Capitalised name runs outside capitals lines, titles split off, typed by suffix, title and tagger cues.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'Earlier, General Asim Munir visited the base.', expect: { text: 'Asim Munir', type: 'PERSON' } },
      { text: 'Shares of Acme Holdings Corp fell 3 percent.', expect: { text: 'Acme Holdings Corp', type: 'ORG' } },
      { text: 'He met officials of the Bank of England on Monday.', expect: { text: 'Bank of England', type: 'ORG' } },
      { text: 'The spokesman, Nikolaus van der Pas, declined to comment.', expect: { text: 'Nikolaus van der Pas' } },
    ],
    noMatch: ['The President said on Monday that talks would resume.', 'Officials said the talks would resume in March.'],
  },
  run(ctx) {
    const midWords = capitalisedMidSentence(ctx.doc.sentences);
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      for (const run of nameRuns(s, midWords)) {
        // "American Todd Martin": the demonym is its own mention, the person starts after it.
        if (run.end - run.i > 2 && isDemonym(s.tokens[run.i]!, ctx.data) && hasTag(s.tokens[run.i + 1]!, 'FirstName')) run.i++;
        cutAfterPlace(s.tokens, run, ctx.data);
        const a = s.tokens[run.i]!;
        const b = s.tokens[run.end - 1]!;
        const { type, strength } = typeRun(s.tokens, run, ctx.data);
        // A lone unknown word opening a sentence ("Sheep", "Tension") is a name only if the text capitalises it elsewhere.
        if (run.end - run.i === 1 && strength === 0 && type === 'MISC' && run.i === 0 && !midWords.has(a.text)) continue;
        // "Scorers:", "Note:": a label opening a line.
        if (run.i === 0 && strength === 0 && s.tokens[run.end]?.text === ':' && type !== 'PERSON') continue;
        const gender = hasTag(a, 'MaleName') ? 'm' : hasTag(a, 'FemaleName') ? 'f' : undefined;
        ctx.emit({ ...ctx.doc.span(a.start, b.end), type, kind: 'name', strength, ...(gender && { gender }), evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});

/** Capitalised words seen after the first word of a mixed-case sentence. */
function capitalisedMidSentence(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (isCapsSentence(s)) continue;
    for (let k = 1; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      if (isCapitalised(t) && !/^["“‘'(\-–—:]$/.test(s.tokens[k - 1]!.text)) out.add(t.text);
    }
  }
  return out;
}

function isDemonym(t: Token, data: EntityData): boolean {
  return (data.phrases.get(t.norm) ?? []).some((p) => p.kind === 'demonym' && p.texts.length === 1);
}

/**
 * "California Republican", "U.S. Defense Secretary", "Berlin Olympics": a place, then a known name,
 * group or title, is two things; the run keeps the place and the gazetteer finds the rest.
 */
function cutAfterPlace(tokens: readonly Token[], run: Run, data: EntityData): void {
  const place = phraseAt(tokens, run.i, data, false, (p) => p.type === 'GPE' && p.kind !== 'demonym');
  if (!place || place.end >= run.end) return;
  const next = phraseAt(tokens, place.end, data, false, (p) => p.type === 'NORP' || p.type === 'EVENT');
  if (titleAt(tokens, place.end) > 0 || (next && next.end <= run.end)) run.end = place.end;
}
