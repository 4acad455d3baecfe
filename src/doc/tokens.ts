/**
 * Word-level tokens with offsets into the original text. Possessive 's is its own token
 * ("Pakistan’s" → "Pakistan", "’s"), dotted acronyms stay whole ("U.S."), numbers keep their
 * decimal and thousands separators, every other non-space character is a token of its own.
 */
export interface RawToken {
  start: number;
  end: number;
}

const TOKEN =
  /(?:\p{L}\.){2,}(?!\p{L})|\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const POSSESSIVE = /['’][sS]$/u;

export function tokenize(text: string, from: number, to: number, out: RawToken[] = []): RawToken[] {
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (m[0].length > 2 && POSSESSIVE.test(m[0])) {
      out.push({ start, end: end - 2 }, { start: end - 2, end });
    } else {
      out.push({ start, end });
    }
  }
  return out;
}
