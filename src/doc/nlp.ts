/**
 * The one place compromise is set up and called. It runs once per sentence (bounded chunks: it
 * goes super-linear on long runs) and its tags are copied onto our tokens; rules read those tags and
 * never call compromise themselves.
 */
import nlp from 'compromise';

export interface TaggedTerm {
  start: number;
  end: number;
  tags: readonly string[];
}

interface CompromiseTerm {
  text: string;
  tags: Set<string>;
}

/** Tags the sentence text[start, end) and returns its terms with offsets into `text`. */
export function tagSentence(text: string, start: number, end: number): TaggedTerm[] {
  const slice = text.slice(start, end);
  const view = nlp(slice) as unknown as { document: CompromiseTerm[][] };
  const out: TaggedTerm[] = [];
  let cursor = 0;
  for (const sentence of view.document) {
    for (const term of sentence) {
      if (!term.text) continue; // implicit terms of contractions ("do" in "don't")
      const at = slice.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      out.push({ start: start + at, end: start + cursor, tags: [...term.tags] });
    }
  }
  return out;
}
