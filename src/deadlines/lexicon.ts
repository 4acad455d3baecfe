/** Word lists for the deadlines stage. Frozen: read by every rule, never changed. */
import { table } from '../lexicon/table.js';

const set = (words: string): ReadonlySet<string> => Object.freeze(new Set(words.trim().split(/\s+/)));

/** Number words a duration may be written with ("two-week", "forty-eight hours"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
  'twenty-one': 21, 'twenty-four': 24, thirty: 30, 'thirty-six': 36, forty: 40, 'forty-five': 45,
  'forty-eight': 48, fifty: 50, sixty: 60, seventy: 70, 'seventy-two': 72, ninety: 90, hundred: 100,
  'a few': 3, several: 3,
});

/** Duration units to their ISO 8601 designator; hours and minutes go after T. */
export const UNITS: Readonly<Record<string, string>> = table({
  minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y',
});

/** Verbs that hand a deadline to someone: "gave Iran two weeks", "granted the bank until June". */
export const GIVE = set('give gives gave given giving grant grants granted granting allow allows allowed allowing offer offers offered');

/** "X has until Friday", "X had 48 hours". */
export const HAVE = set('has have had having got gets get');

/** Verbs whose subject sets a deadline ("issued a deadline", "set a June 2 deadline"). */
export const SET = set('shortened shortens shorten cut cuts reduced brought handed hands hand set sets setting issued issues issue issuing imposed imposes impose imposing announced announces gave given give gives delivered delivers laid lays extended extends extend moved pushed');

/** Verbs whose subject is bound by the deadline ("faces a deadline", "met the deadline"). */
export const BOUND = set('face faces faced facing met meets meet meeting missed misses miss beat beats rejected rejects reject dismissed dismisses dismiss accepted accepts accept ignored ignores ignore defied defies defy rebuffed rebuffs');



/** Words that stand for a country's governing body: "the Thai government" is Thailand acting. */
export const GOVERNING = set('government governments administration authorities officials leaders leadership cabinet ministry regime military army forces president premier');

/** Reporting verbs for "…, the regulator said." */
export const REPORTING = set('said says told announced announces ruled rules warned warns stated states added confirmed confirms decided decides declared declares insisted insists wrote reported reports ordered');

/** Hedge and attribution markers that make a deadline second-hand. */
export const HEDGES = /\b(?:reportedly|allegedly|reports? (?:suggest|say|said|indicate)|according to|sources? (?:said|say|told)|is said to|is believed to|are said to|purportedly|apparently|rumou?red)\b/i;

/** Verbs telling that the deadline is over, moved or satisfied. */
export const EXPIRED = /\b(?:passed|expired|lapsed|ran out|elapsed|came and went|missed)\b/i;
export const EXTENDED = /\b(?:extended|extends?|extending|extension|pushed back|postponed|moved back|prolonged|delayed)\b/i;
export const MET = /\b(?:met|complied|beat)\b/i;

/** Future or hypothetical giving: the clock has not started ("would give", "plans to give"). */
export const NOT_STARTED = /\b(?:would|will|could|plans? to|threatened to|intends? to|is expected to|may|might)\s+(?:\w+\s+)?(?:give|grant|set|issue|allow)\b/i;

/** The verbs of "gave X until/N days to …" and "X has until/N days to …". */
export const GIVE_OR_HAVE: ReadonlySet<string> = new Set([...GIVE, ...HAVE]);
