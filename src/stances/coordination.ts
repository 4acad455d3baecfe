/** Coordinated stance verbs: "... and accused", ", accusing" share the subject of the verb before; the next one ends this one's object. */
import type { Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { modifiersBefore, type Modifiers } from '../cues/frame.js';
import { clauseEnd } from './target.js';

/** "... and accused", ", accusing": a verb that shares the subject of the one before. */
export function continues(toks: readonly Token[], m: Modifiers): boolean {
  const b = toks[m.groupStart - 1];
  return !!b && (/^(and|or|but|then)$/.test(b.norm) || (b.norm === ',' && /ing$/.test(toks[m.groupStart]?.norm ?? '')));
}

/** The next cue coordinated with this one ends this one's object. */
export function nextCoordinated(toks: readonly Token[], hits: readonly CueHit[], h: number): number {
  for (let k = h + 1; k < hits.length; k++) {
    const m = modifiersBefore(toks, hits[k]!.from);
    if (continues(toks, m)) return toks[m.groupStart - 2]?.norm === ',' ? m.groupStart - 2 : m.groupStart - 1;
  }
  return clauseEnd(toks, hits[h]!.to);
}
