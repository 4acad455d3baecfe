/**
 * Reading chrono-node's results for the dates/chrono-calendar rule: the components it was sure of,
 * a range cut into the two expressions TimeML marks, and dates it hid behind "the night of".
 */
import * as chrono from 'chrono-node';

/** Words chrono includes that a TIMEX3 span leaves out; a clock time in a text. */
export const LEADING = /^(?:(?:on|at|in|by|from|since|until|till|to|of|the|before|after|during|night|morning|evening|afternoon)\s+)+/i;
export const CLOCK = /\d:\d\d|\b(?:a\.?m\b|p\.?m\b)|\bnoon\b|\bmidnight\b|o'clock|\b\d{1,2} (?:in the (?:morning|afternoon|evening)|at night)\b/i;

export type Components = Partial<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'weekday', number>>;

/** "the night of Oct. 23": chrono reads the part of the day and drops the date after it. */
export const PART_OF = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/i;

/** One chrono result, at its index in the sentence. */
export type Read = Pick<chrono.ParsedResult, 'text' | 'start' | 'end'> & { index: number };

/** chrono's results for a sentence; a date it hid behind "the night of" is read again on its own. */
export function parseSentence(text: string, ref: Date): Read[] {
  const out: Read[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const lead = PART_OF.exec(r.text);
    if (lead && !r.start.isCertain('month')) {
      const at = r.index + lead[0].length;
      const again = chrono.parse(text.slice(at, r.index + r.text.length), { instant: ref, timezone: 0 })[0];
      if (again && again.index === 0) {
        out.push({ text: again.text, start: again.start, end: again.end, index: at });
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/**
 * "from midnight to 6 a.m.": chrono may order a range's ends by time rather than by text, so a
 * clock range is read part by part (a month range keeps chrono's reading, which carries the month).
 */
export function rangeParts(parts: { text: string }[], ref: Date, r: Read): (Components | null)[] {
  const whole = [certain(r.start), r.end ? certain(r.end) : null];
  if (!parts.every((p) => CLOCK.test(p.text))) return whole;
  return parts.map((p, k) => {
    const own = chrono.parse(p.text, { instant: ref, timezone: 0 })[0];
    return own ? { ...whole[k], ...certain(own.start), weekday: certain(own.start).weekday ?? whole[k]?.weekday } : whole[k] ?? null;
  });
}

/** The components chrono read in the text (not the ones it implied from the reference). */
export function certain(c: chrono.ParsedComponents): Components {
  const out: Components = {};
  for (const k of ['year', 'month', 'day', 'hour', 'minute', 'weekday'] as const) if (c.isCertain(k)) out[k] = c.get(k) ?? undefined;
  return out;
}

/** Cuts chrono's text into the expressions TimeML marks: leading words out, a range as two parts. */
export function splitRange(raw: string, rawIndex: number, range: boolean): { text: string; index: number }[] {
  let text = raw;
  let index = rawIndex;
  const lead = LEADING.exec(text);
  if (lead) (index += lead[0].length), (text = text.slice(lead[0].length));
  const parts: { text: string; index: number }[] = [];
  const sep = range ? /\s+(?:to|through|until|and)\s+|\s*[-–]\s*/.exec(text) : null;
  if (sep) {
    parts.push({ text: text.slice(0, sep.index), index });
    parts.push({ text: text.slice(sep.index + sep[0].length), index: index + sep.index + sep[0].length });
  } else parts.push({ text, index });
  return parts.map((p) => {
    // "9 p.m. on Monday" is two expressions: the weekday rule reads the day; "4 p.m. on May 8" is
    // one, as TimeML marks a clock time with its calendar date (cut, the date would be lost)
    const on = /\s+on\s+(?![A-Z][a-z]+\.?\s+\d)/.exec(p.text);
    const t = (on ? p.text.slice(0, on.index) : p.text).replace(/[\s,;:)(]+$/u, '');
    return { text: t, index: p.index };
  });
}
