/** Word classes the cue frames need beyond compromise's tags. Frozen data. */
import type { Token } from '../doc/document.js';

const set = (s: string): ReadonlySet<string> => Object.freeze(new Set(s.trim().split(/\s+/)));

/** "didn't say", "isn't expected to", "doesn't think": the tokenizer keeps a negated auxiliary as one token. */
const NEGATED = `isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't won't wouldn't can't couldn't
  shouldn't mustn't mightn't needn't ain't`;
export const AUX = set(`has have had 's 've 'd will would shall should can could may might must did does do is are
  was were be been being am 're wo ca ${NEGATED}`);
export const NEGATION = set(`not n't never no ${NEGATED}`);
export const HEDGES = set(`may might could reportedly allegedly apparently possibly likely perhaps probably seemingly
  purportedly supposedly presumably reputedly`);
export const MODALITY: ReadonlyMap<string, string> = Object.freeze(
  new Map([['publicly', 'publicly'], ['privately', 'privately'], ['openly', 'publicly'], ['quietly', 'privately'], ['secretly', 'privately']]),
);
/** Verbs that, before "to", turn the next verb's act into a refusal ("refused to condemn"). */
export const REFUSAL = set(`refuse refused refuses refusing decline declined declines declining fail failed fails failing`);
/** Verbs that, before "to", leave the next verb's subject in place ("appears to back", "wants to meet"). */
export const CONTROL = set(`want wants wanted plan plans planned hope hopes hoped seem seems seemed appear appears appeared
  continue continues continued try tries tried begin begins began decide decided expect expects expected intend
  intends intended agree agreed agrees vow vowed vows threaten threatened threatens move moved going prepare
  prepared prepares seek sought seeks promise promised pledged aim aims aimed need needs needed is are was were be
  been likely set poised ready able willing prepared eager determined keen`);
export const HEDGING_CONTROL = set(`seem seems seemed appear appears appeared likely expected`);
export const RELATIVE = set(`who which that`);
/** Anonymous sources: generic people and documents named without a name. */
export const ANONYMOUS_HEADS = set(`official officials source sources observer observers analyst analysts expert experts
  diplomat diplomats critic critics aide aides insider insiders people person some many others report reports
  witness witnesses resident residents officer officers spokesman spokeswoman spokesperson member members
  lawmakers lawmaker legislators advisers advisors adviser advisor strategists strategist commentators
  economists scientists researchers investigators authorities leaders activists supporters opponents voters
  media outlets newspapers reporters journalists allies ally someone anyone everyone nobody many few most`);
export const ANONYMITY_MARKERS = set(`anonymity anonymously unnamed unidentified anonymous`);
export const PRONOUNS = set(`he she they it we i you him her them us me who`);
export const TIME_WORDS = set(`today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
  morning afternoon evening night week month year earlier later recently last this next ago on`);
/** A word of time: a date or duration the tagger marked, or one of TIME_WORDS ("Sunday", "last", "ago"). */
/** Does token t carry compromise's tag (absent tokens carry none)? */
export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.includes(tag);

export function isTime(t: Token | undefined): boolean {
  return !!t && (t.tags.includes('Date') || t.tags.includes('Duration') || TIME_WORDS.has(t.norm));
}

const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);

/** Is this token a quote mark, and which way does it face? Straight marks are judged by their neighbours. */
export function quoteSide(text: string, start: number): 'open' | 'close' | null {
  const c = text[start]!;
  if (OPEN_QUOTES.has(c)) return 'open';
  if (CLOSE_QUOTES.has(c)) return c === '’' && /\p{L}/u.test(text[start + 1] ?? '') ? null : 'close';
  if (c !== '"' && c !== "''") return null;
  const before = text[start - 1] ?? ' ';
  const after = text[start + 1] ?? ' ';
  if (/[\s([{—–-]/.test(before) && !/\s/.test(after)) return 'open';
  return 'close';
}

/** "Golding", "Manning": a capitalised word in -ing before a finite verb is a surname, not a participle. */
export const ING_NAME = /^\p{Lu}\p{Ll}+ing$/u;

/** A hyphen or en dash with space on both sides ("CAIRO (AP) - The", "rose - and fell"): a dash between phrases, not a hyphen inside a word. */
export function spacedDash(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  const before = toks[j - 1];
  const after = toks[j + 1];
  return !!t && !!before && !!after && (t.norm === '-' || t.norm === '–') && before.end < t.start && t.end < after.start;
}
