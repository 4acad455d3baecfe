/** Deterministic text generators shared by the robustness and property tests (no corpus text). */

/** Deterministic PRNG (mulberry32): same text every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const NAMES = ['Maria Okafor', 'the Foreign Ministry', 'Lindqvist', 'Prime Minister Hale', 'the central bank', 'Tarvia', 'Oslund Motors', 'Gen. Ruiz', 'U.S. officials', 'the United Nations'];
const VERBS = ['said', 'told reporters', 'warned', 'announced', 'denied', 'confirmed', 'urged', 'rejected', 'condemned', 'welcomed'];
const TAILS = [
  'that talks would resume on Monday', 'the proposal before the vote', 'a 10% tariff on steel imports', 'that the deadline of June 30 would stand',
  'the ceasefire in the north', 'new sanctions within two weeks', 'that 1,200 workers had been laid off', 'the court ruling on Friday',
  'an agreement reached late on Tuesday', 'the merger, which awaits approval by regulators',
];

/** Ordinary wire-style prose, the baseline every hostile case is compared with. */
export function newsText(size: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [];
  let len = 0;
  while (len < size) {
    const quote = pick(r, TAILS).replace(/^that /, '');
    const s = r() < 0.2
      ? `“${quote[0]!.toUpperCase()}${quote.slice(1)},” ${pick(r, NAMES)} ${pick(r, VERBS)}.`
      : `${pick(r, NAMES)} ${pick(r, VERBS)} ${pick(r, TAILS)}, according to ${pick(r, NAMES)}.`;
    const sentence = s[0]!.toUpperCase() + s.slice(1) + (r() < 0.25 ? '\n\n' : ' ');
    parts.push(sentence);
    len += sentence.length;
  }
  return parts.join('').slice(0, size);
}

function fromAlphabet(size: number, seed: number, alphabet: string): string {
  const r = rng(seed);
  const chars = [...alphabet];
  let s = '';
  while (s.length < size) s += pick(r, chars);
  return s.slice(0, size);
}

const WORDS = ['Alpha', 'Bravo', 'Northern', 'Council', 'Monday', 'Iran', 'Court', 'Said', 'The', 'Deadline', 'June', 'Reuters', 'Minister'];

/** The hostile generators: text of exactly `size` characters. */
export const HOSTILE: Record<string, (size: number) => string> = {
  'digits and slashes': (n) => fromAlphabet(n, 2, '0123456789//'),
  'digits, slashes and spaces': (n) => fromAlphabet(n, 3, '0123456789/ /'),
  'no spaces': (n) => fromAlphabet(n, 4, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ.,-\'’'),
  '"on Monday at 5 " repeated': (n) => 'on Monday at 5 '.repeat(Math.ceil(n / 15)).slice(0, n),
  'capitalised words on one line': (n) => {
    const r = rng(5);
    let s = '';
    while (s.length < n) s += pick(r, WORDS) + ' ';
    return s.slice(0, n);
  },
  'punctuation and quote runs': (n) => fromAlphabet(n, 6, '.,;:!?…\'"“”‘’«»()-—'),
  'dots only': (n) => '.'.repeat(n),
  'deeply nested brackets': (n) => {
    const depth = Math.floor(n / 4);
    return ('(['.repeat(depth / 2) + 'x' + '])'.repeat(depth / 2) + ' ').repeat(2).padEnd(n, ')').slice(0, n);
  },
  'abbreviations and initials': (n) => {
    const r = rng(8);
    const bits = ['Gen. ', 'J. ', 'U.S. ', 'Jan. 5 ', 'Mr. ', 'e.g. ', 'No. 3 ', 'St. ', 'a.m. ', 'U.N. ', 'Inc. '];
    let s = '';
    while (s.length < n) s += pick(r, bits);
    return s.slice(0, n);
  },
  // Result tables and lists: one short line each, no final period ("Ajax 3 Feyenoord 1").
  'short lines (tables)': (n) => {
    const r = rng(9);
    const teams = ['Ajax', 'Feyenoord', 'Lyon', 'Porto', 'Celtic', 'Rangers', 'Hertha Berlin', 'St. Gallen'];
    let s = '';
    while (s.length < n) s += `${pick(r, teams)} ${Math.floor(r() * 6)} ${pick(r, teams)} ${Math.floor(r() * 6)}${r() < 0.3 ? '\r\n' : '\n'}`;
    return s.slice(0, n);
  },
  'emoji, astral letters and combining marks': (n) => {
    const r = rng(10);
    const bits = ['😀', '𝐀𝐁', 'e\u0301', '\u200d', '👩‍👩‍👧', ' ', '. ', 'Ж', '中文'];
    let s = '';
    while (s.length < n) s += pick(r, bits);
    return s.slice(0, n);
  },
  'HTML soup': (n) => {
    const r = rng(7);
    const bits = ['<div class="a">', '</div>', '<p>', '</p>', '<script>var x = "a<b";</script>', '&amp;', '&nbsp;', '<br/>', '<a href="https://x.example/a?b=1&c=2">', '</a>', 'The minister said', ' on Monday.', '<!-- note -->', '<span style="x:y">', '"', '\n'];
    let s = '';
    while (s.length < n) s += pick(r, bits);
    return s.slice(0, n);
  },
};
