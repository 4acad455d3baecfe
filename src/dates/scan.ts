/**
 * The shared scanning loop of the dates rules: each rule gives a matcher that, at a token of a
 * sentence, returns the token range and TIMEX3 value of an expression starting there. The loop
 * turns hits into candidates with exact spans and skips past them, so a rule costs one pass per
 * sentence.
 */
import type { Sentence, Token } from '../doc/document.js';
import type { RuleContext } from '../pipeline/rule.js';
import type { DateRecord } from '../schema/date.js';
import { parseIso, type Ymd } from '../util/calendar.js';
import { tenseNear, type Tense } from './tense.js';

export type { Tense };

export type DateCandidate = Omit<DateRecord, 'id' | 'rule' | 'confidence'>;

export interface Hit {
  /** Token indexes within the sentence, `to` exclusive. */
  from: number;
  to: number;
  type: DateRecord['type'];
  value: string;
  mod?: string | null;
  confidence?: number;
}

/** One sentence as the matchers see it. */
export class Scan {
  readonly toks: readonly Token[];
  readonly n: number;
  readonly anchor: Ymd | null;
  readonly sentence: Sentence;
  constructor(sentence: Sentence, anchor: Ymd | null) {
    this.sentence = sentence;
    this.toks = sentence.tokens;
    this.n = sentence.tokens.length;
    this.anchor = anchor;
  }
  /** Lower-cased word at i ('' outside the sentence). */
  w(i: number): string {
    return this.toks[i]?.norm ?? '';
  }
  text(i: number): string {
    return this.toks[i]?.text ?? '';
  }
  has(i: number, tag: string): boolean {
    return this.toks[i]?.tags.includes(tag) ?? false;
  }
  /** True when tokens i and i+1 touch (no space): "mid" "-" "1990s". */
  touching(i: number): boolean {
    const a = this.toks[i], b = this.toks[i + 1];
    return !!a && !!b && a.end === b.start;
  }
  /**
   * The word glued from touching tokens at i ("10" "-" "year" → "10-year", "1990" "s" → "1990s"):
   * letters, digits and inner hyphens only. `next` is the token after it.
   */
  glued(i: number): { word: string; next: number } {
    let word = this.w(i);
    let j = i;
    while (j + 1 < this.n && this.touching(j) && /^[a-z0-9-]+$/.test(this.w(j + 1)) && (this.w(j + 1) !== '-' || (j + 2 < this.n && this.touching(j + 1)))) {
      word += this.w(++j);
    }
    return { word, next: j + 1 };
  }
  /**
   * The tense of the verb nearest the expression (news: past when there is none). With
   * `modalAhead`, "can win", "must carry" read as future: a month in such a clause lies ahead,
   * while a weekday keeps the nearest day, being as often a past event the clause comments on
   * ("should get a boost from the win Tuesday").
   */
  tenseOf(i: number, modalAhead = false): Tense {
    return tenseNear(this.toks, i, modalAhead);
  }
}

export type Matcher = (s: Scan, i: number) => Hit | null;

/** Runs a matcher over every body sentence and emits its hits. */
export function scanWith(ctx: RuleContext<DateCandidate, unknown>, match: Matcher): void {
  const anchor = parseIso(ctx.doc.date);
  for (const sentence of ctx.doc.sentences) {
    if (sentence.end <= ctx.doc.bodyStart) continue;
    const s = new Scan(sentence, anchor);
    for (let i = 0; i < s.n; ) {
      const hit = match(s, i);
      if (!hit || hit.to <= hit.from) {
        i++;
        continue;
      }
      const start = s.toks[hit.from]!.start;
      const end = s.toks[hit.to - 1]!.end;
      if (start >= ctx.doc.bodyStart) {
        ctx.emit({
          ...ctx.doc.span(start, end),
          type: hit.type,
          value: hit.value,
          mod: hit.mod ?? null,
          interval: null,
          evidence: ctx.doc.span(sentence.start, sentence.end),
          ...(hit.confidence !== undefined ? { confidence: hit.confidence } : {}),
        });
      }
      i = Math.max(hit.to, i + 1);
    }
  }
}
