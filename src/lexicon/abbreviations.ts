/**
 * Abbreviations before a name ("Sen. Ted Cruz", "Lt. Gen. Mark Hale", "Gens. Smith and Jones", "St. Louis",
 * "Roe v. Wade"): they end a sentence only before a word no name can be ("Main St. The house is old").
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'st', 'mt', 'ft', 'messrs', 'mme', 'mmes',
  'brig', 'lieut', 'det', 'atty', 'fr', 'msgr', 'amb', 'pfc', 'spc', 'cpt', 'sens', 'reps', 'govs', 'gens',
  'drs', 'profs', 'revs', 'lts', 'cols', 'majs', 'capts', 'sgts', 'adms', 'v', 'vs',
]);

/** Abbreviations after a name ("Robert Kennedy Jr."): they end a sentence before a typical opener only. */
export const NAME_SUFFIX_ABBREVIATIONS: ReadonlySet<string> = new Set(['jr', 'sr']);

/** Abbreviations that do not end a sentence when a number or lower-case word follows. */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'approx', 'est', 'fig', 'inc', 'corp', 'co', 'ltd', 'bros',
  'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n',
]);

/** Function words no name or title-case heading starts with: after a title abbreviation they open a sentence. */
export const FUNCTION_STARTERS: ReadonlySet<string> = new Set([
  'the', 'an', 'he', 'she', 'it', 'they', 'we', 'you', 'this', 'that', 'these', 'those', 'but', 'his', 'her',
  'its', 'their', 'our', 'there', 'however', 'meanwhile', 'although', 'because', 'if', 'when', 'while',
]);

/** Capitalised words that typically open a sentence, used after an ambiguous "U.S." ("...moved to the U.S. Shares rose"). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  ...FUNCTION_STARTERS, 'a', 'i', 'and', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'since', 'still',
  'yet', 'some', 'many', 'most', 'no', 'both', 'each', 'such', 'what', 'who', 'why', 'how', 'then', 'now', 'so',
  'instead', 'also', 'earlier', 'later', 'today', 'yesterday', 'last', 'by', 'with', 'from', 'during',
  'despite', 'under', 'until', 'once', 'others', 'all', 'not', 'even', 'only', 'my', 'your', 'according',
  'officials', 'analysts', 'critics', 'observers', 'shares', 'stocks', 'prices', 'police', 'authorities',
  'lawmakers', 'investors', 'experts', 'residents', 'voters',
]);
