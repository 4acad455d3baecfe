/**
 * The demand ("to return to diplomatic talks") and the consequence ("or face consequences",
 * "failing which its members will strike") around a deadline, as spans of the original text.
 */
import type { Phrase } from './parties.js';

// Where a demand stops: punctuation, an alternative, a condition, the deadline's own time phrase, or a second
// past verb of the issuer ("gave the state 14 days to respond and scheduled a hearing").
// A comma or point inside a number ("recall 120,000 vans", "cut 2.5 billion") does not stop it, nor the
// point of an initial ("to its U.S. servers").
const DEMAND_STOP = /,(?!\d)|(?<!\d),|(?<!(?:^|[\s.])[A-Z])(?:\.(?!\d)|(?<!\d)\.)|[;:!?—–()"“”]|\sand\s+(?=[a-z]+ed\s)|\s(?:or|unless|failing|otherwise|before|after which|under the|according to|no later than|within|until|if)\b|\s(?:(?:was|were|is|are|has|had|will)\s+(?:been\s+|be\s+)?)?(?:extended|pushed back|moved|postponed|passed|expired|expires|lapsed|lapses|closes|closed|looms|ran out|runs out)\b|\s(?:by|is|was|falls on)\s+(?=[A-Z0-9]|the end|midnight|noon|close|then)|\sby\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:minute|hour|day|week|month|year)s?\b)|\s(?:on|at)\s+(?=(?:mid)?night|noon|[A-Z]\w+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d)/;
const NOT_VERB = /^(?:(?:the|a|an|its|his|her|their|our|this|that|these|those)\b|[\dA-Z])/;

/** The demand after "to" at offset `at` (spaces skipped) up to `to`: the infinitive and its object. */
export function demandAfterTo(text: string, at: number, to: number): Phrase | null {
  const m = /^\s*to\s+/.exec(text.slice(at, to));
  if (!m) return null;
  const start = at + m[0].length;
  if (NOT_VERB.test(text.slice(start, start + 4))) return null;
  return clauseFrom(text, start, to);
}

/** From `start` to the first demand stop before `to`, trimmed. */
export function clauseFrom(text: string, start: number, to: number): Phrase | null {
  const rest = text.slice(start, to);
  const stop = DEMAND_STOP.exec(rest);
  let end = start + (stop ? stop.index : rest.length);
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

const OR_CLAUSE = /(?:,\s*)?\bor(?:\s+else)?,?\s+/g;
const FAILING = /\b(?:failing which|after which|otherwise|or else|failure to do so would|in default of which)\s*,?\s*/gi;
const PENALTY_VERB = /^(?:face|faces|risk|risks|lose|pay|be|see|suffer|forfeit|incur|have)\b/i;
/** ", warning that the club would be relegated", ", threatening to cut off aid": the penalty stated as a warning. */
const WARNING = /,\s*(?:and\s+)?(?:warning|warned|threatening|threatened)\s+(?:that\s+)?/gi;
/** "warning that the company faces fines": in a warning, the penalty verb may follow its subject. */
const PENALTY_ANYWHERE = /\b(?:faces?|facing|risks?|loses?|forfeits?|incurs?|suffers?)\b/i;
const MODAL = /\b(?:will|would|could|can|may|might|shall)\b/i;
const CLAUSE_END = /[,;:.!?—–"”]|\s(?:according to|unless)\b/;
const WARNING_END = /[,;:.!?—–"”]|\s(?:according to|unless|if)\b/;

/** The consequence stated after `from` in text[from, to): "face consequences", "its members will strike". */
export function consequenceIn(text: string, from: number, to: number): Phrase | null {
  const slice = text.slice(from, to);
  for (const re of [FAILING, OR_CLAUSE, WARNING]) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const start = from + m.index! + m[0].length;
      const body = clauseTo(text, start, to, re === WARNING);
      if (!body) continue;
      const words = text.slice(body.start, body.end);
      if (re === FAILING || PENALTY_VERB.test(words) || MODAL.test(words) || (re === WARNING && PENALTY_ANYWHERE.test(words))) return body;
      // "threatening to deduct points": the penalty is the infinitive's verb phrase.
      const inf = re === WARNING ? /^to\s+/.exec(words) : null;
      if (inf && body.end > body.start + inf[0].length) return { start: body.start + inf[0].length, end: body.end };
    }
  }
  return null;
}

/** `conditional`: a warning's own condition ("would lose its seat if it refused") is not part of the penalty. */
function clauseTo(text: string, start: number, to: number, conditional = false): Phrase | null {
  const re = conditional ? WARNING_END : CLAUSE_END;
  let from = start;
  let end = to;
  for (;;) {
    const stop = re.exec(text.slice(from, to));
    if (!stop) {
      end = to;
      break;
    }
    const at = from + stop.index;
    // 'or face "consequences from the region."': a quotation opened inside the penalty belongs to it,
    // closing mark included; the clause may go on after it ('or face "severe" penalties').
    const close = opensQuote(text, at, start) ? text.slice(at + 1, to).search(/["”]/) : -1;
    if (close < 0) {
      end = at;
      break;
    }
    from = at + close + 2;
    end = from;
  }
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** An opening quote mark at `at`: "“", or a straight quote after a space and before a word. */
function opensQuote(text: string, at: number, start: number): boolean {
  const c = text[at];
  if (c === '“') return true;
  return c === '"' && (at === start || /\s/.test(text[at - 1] ?? '')) && /[\w‘'(]/.test(text[at + 1] ?? '');
}
