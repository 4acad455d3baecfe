/**
 * The content of a cue that takes a noun phrase object ("endorsed Clinton last week", "criticized
 * the plan as reckless during a rally"): the object and its complements ("for president", "as
 * reckless", "of lying"), without the time, place or medium the reporter adds, nor a clause after a
 * comma. PolNeAR marks such contents as the bare object, one word included ("backed Clinton").
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import type { Span } from '../schema/span.js';
import { sideOf } from '../cues/quotes.js';
import { has, TIME_WORDS } from '../cues/words.js';
import { OCCASIONS, phraseEndsAt, SUBORDINATORS } from './phrase-end.js';


/** Stances taken toward a noun phrase ("endorsed Clinton", "criticized the plan"); "accused X of Y", "called for Y", "agreed to Y" run on. */
const OBJECT_KINDS = new Set(['criticise', 'condemn', 'praise', 'back', 'welcome', 'reject']);

/** Does this cue take a noun phrase object as its content: a position taken, or a topic ("talked about X", "voted for X")? */
export function takesObject(toks: readonly Token[], hit: CueHit): boolean {
  const last = toks[hit.to - 1]!.norm;
  if (last === 'about' || (last === 'for' && /^vot/.test(hit.head))) return true;
  const kind = hit.entry.stance?.kind ?? '';
  return (OBJECT_KINDS.has(kind) || hit.entry.phrase === 'attack') && !/^(to|that)$/.test(toks[hit.to]?.norm ?? '') && hit.entry.phrase.split(' ').length === 1;
}

/** Words that open a circumstance of the report or a new clause, not a complement of the object. */
const CIRCUMSTANCE = new Set([...SUBORDINATORS, 'at', 'via', 'despite', 'earlier', 'later', 'recently', 'repeatedly', 'again', 'instead',
  'but', 'although', 'though', 'whereas']);

/** Does a circumstance of the report start at token j ("last week", "on Thursday", "in a statement")? */
function adjunctAt(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  if (CIRCUMSTANCE.has(t.norm)) return true;
  // A date starts an adjunct unless it ends the object's own phrase ("for their long hours").
  const inPhrase = /Adjective|Determiner|Possessive/.test(toks[j - 1]?.tags.join(' ') ?? '');
  if ((has(t, 'Date') && !inPhrase) || (TIME_WORDS.has(t.norm) && t.norm !== 'this' && t.norm !== 'on')) return true;
  if ((t.norm === 'this' || t.norm === 'next') && TIME_WORDS.has(toks[j + 1]?.norm ?? '')) return true;
  if (t.norm !== 'in' && t.norm !== 'on' && t.norm !== 'over') return false;
  for (let k = j + 1; k < Math.min(toks.length, j + 5); k++) {
    const w = toks[k]!;
    if (has(w, 'Date') || TIME_WORDS.has(w.norm) || OCCASIONS.has(w.norm) || /^(past|wake|aftermath)$/.test(w.norm)) return t.norm !== 'over' || has(w, 'Date') || TIME_WORDS.has(w.norm);
    if (!has(w, 'Determiner') && !has(w, 'Adjective') && !has(w, 'Noun') && !has(w, 'Value')) break;
  }
  return false;
}

/**
 * The object content from sentence token `a` (before `stop`), or null when a clause or a quotation
 * follows the cue there (the general content rules handle those).
 */
export function objectContent(doc: Document, sentence: Sentence, a: number, stop = sentence.tokens.length): Span | null {
  const toks = sentence.tokens;
  const first = toks[a];
  if (!first || a >= stop || first.norm === 'that' || first.norm === ':' || sideOf(doc, first) || !/[\p{L}\p{N}]/u.test(first.text)) return null;
  if (has(first, 'Preposition') && first.norm !== 'for') return null;
  let quoted = false;
  let e = a;
  for (; e < stop; e++) {
    const t = toks[e]!;
    const side = sideOf(doc, t);
    if (side) quoted = side === 'open';
    // "a “rant,” a series of …": a quotation closed after a comma ends the object.
    if (side === 'close' && toks[e - 1]?.norm === ',') {
      e++;
      break;
    }
    if (quoted || side) continue;
    // "Paul Ryan (R-Wis.)": a short parenthesis after a name belongs to it.
    if (t.text === '(' && e > a) {
      let k = e + 1;
      while (k < Math.min(stop, e + 8) && toks[k]!.text !== ')') k++;
      if (toks[k]?.text === ')') {
        e = k;
        continue;
      }
    }
    // "Sen. Warren", "Mr. Trump": an abbreviation's period is inside the name.
    if (t.text === '.' && /^[A-Z][a-z]{0,3}$/.test(toks[e - 1]?.text ?? '') && e > a && e + 1 < stop) continue;
    if (/^[,;:.!?()—–]$/.test(t.text) || t.text === '--') break;
    // phraseEndsAt: what ends any phrase content ("as protesters gathered", "and attempted to …")
    if (e > a && (adjunctAt(toks, e) || phraseEndsAt(toks, e))) break;
  }
  while (e > a && !/[\p{L}\p{N}]/u.test(toks[e - 1]!.text) && !sideOf(doc, toks[e - 1]!) && toks[e - 1]!.text !== ')') e--;
  if (e <= a) return null;
  return doc.span(first.start, toks[e - 1]!.end);
}

