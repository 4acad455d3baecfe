/** What the words around a stance cue say about it: modality, and hedging by a claim that reports it. */
import type { Sentence } from '../doc/document.js';
import type { Claim } from '../schema/claim.js';

const MARKERS: readonly [RegExp, string][] = [
  [/\bbehind the scenes\b|\bbehind closed doors\b|\bin private\b|\bprivately\b|\bquietly\b|\bsecretly\b/i, 'privately'],
  [/\bpublicly\b|\bin public\b|\bopenly\b/i, 'publicly'],
];

/** "Publicly, Islamabad has condemned" / "But behind the scenes, the military...": the marker nearest before the cue. */
export function modalityBefore(sentence: Sentence, offset: number): string | null {
  const head = sentence.text.slice(0, offset - sentence.start);
  let best: { at: number; value: string } | null = null;
  for (const [re, value] of MARKERS) {
    const all = [...head.matchAll(new RegExp(re.source, 'gi'))];
    const last = all.at(-1);
    if (last && (!best || last.index! > best.at)) best = { at: last.index!, value };
  }
  return best?.value ?? null;
}

/** Is the cue inside the content of a hedged claim ("Reports suggest that Trump has issued a deadline")? */
export function hedgedByClaim(claims: readonly Claim[] | undefined, offset: number): boolean {
  return (claims ?? []).some((c) => c.hedged && c.content.start <= offset && offset < c.content.end);
}
