/** Abbreviations that never end a sentence: titles before a name. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'st', 'mt', 'ft', 'messrs', 'mme', 'sr', 'jr',
]);

/** Abbreviations that do not end a sentence when a number or lower-case word follows. */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'approx', 'est', 'fig', 'vs', 'v', 'inc', 'corp', 'co', 'ltd', 'bros',
  'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
]);

/** Capitalised words that typically open a sentence, used after an ambiguous "U.S." or "Inc.". */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but',
  'and', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'meanwhile',
  'however', 'still', 'yet', 'his', 'her', 'its', 'their', 'our', 'there', 'some', 'many', 'most', 'no',
  'officials', 'analysts', 'critics', 'observers',
]);
