/**
 * The entity stage's data, built once per extractor: the country table (from world-countries, built
 * at development time into data/countries.ts), reviewed lists of places and organisations, and the
 * user's own gazetteer entries, indexed by first token so lookups are a map hit per token.
 */
import { tokenize } from '../doc/tokens.js';
import { lexiconWords } from '../doc/nlp.js';
import type { EntityType } from '../schema/entity.js';
import type { GazetteerEntry, ResolvedConfig } from '../schema/options.js';
import { COUNTRIES } from './data/countries.js';
import { GROUPS, KNOWN } from './data/orgs.js';
import { CITIES, OTHER_STATES, REGION_ALIASES, REGION_DEMONYMS, STATE_ABBREVIATIONS, REGIONS, SEATS, US_STATES } from './data/places.js';
import type { EntityData, Phrase } from './types.js';
import { table } from '../lexicon/table.js';

/** Common English names where the table's differ. */
const RENAME: Readonly<Record<string, string>> = table({
  Türkiye: 'Turkey',
  Czechia: 'Czech Republic',
  // The form news agencies write; "DR Congo" stays an alias.
  'DR Congo': 'Democratic Republic of Congo',
});

/**
 * Aliases shared by two entities: the gazetteer reads the first (the one news means more often),
 * and `resolve` moves them to the other when the article names that one ("Brazzaville", "Republic of
 * the Congo") and nothing else of the first.
 */
const ALTERNATES: Readonly<Record<string, string>> = table({ Congo: 'Republic of the Congo', Korea: 'North Korea' });

/** Table aliases that are common English words or demonyms, not names of the country. */
const BAD_ALIASES: ReadonlySet<string> = new Set(['Island', 'Thai', 'Prathet', 'Sarnam', 'Saudi']);

/** What the country table lacks or names differently. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = table({
  'United States': ['U.S.', 'US', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  'Democratic Republic of Congo': ['Zaire', 'Congo', 'DR Congo', 'D.R. Congo', 'DRC', 'Congo-Kinshasa'],
  'Bosnia and Herzegovina': ['Bosnia', 'Herzegovina'],
  'Trinidad and Tobago': ['Trinidad'],
  Suriname: ['Surinam'],
  Netherlands: ['Neths'],
  'South Korea': ['Korea'],
  'Ivory Coast': ["Cote d'Ivoire"],
  Myanmar: ['Burma'],
});
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = table({
  'United States': ['U.S.-led', 'US-led'],
  Palestine: [],
  Afghanistan: ['Afghan', 'Afghans'],
  Netherlands: ['Dutchman', 'Dutchmen'],
  'Bosnia and Herzegovina': ['Bosnian', 'Bosnians'],
  Philippines: ['Philippine', 'Filipinos'],
  Nepal: ['Nepali'],
  Sweden: ['Swede', 'Swedes'],
  Denmark: ['Dane', 'Danes'],
  Poland: ['Poles'],
  Finland: ['Finn', 'Finns'],
  Spain: ['Spaniard', 'Spaniards'],
  Turkey: ['Turk', 'Turks'],
  'United Kingdom': ['Briton', 'Britons'],
  France: ['Frenchman', 'Frenchmen'],
  // "Saudi riyal", "Saudi dissident": the table lists it as a name, news uses it as the adjective.
  'Saudi Arabia': ['Saudi', 'Saudis'],
});

/** Lexicon tags of common words: nouns, verbs, adjectives, adverbs (not names, places or units). */
const COMMON_TAGS = ['Singular', 'Plural', 'Uncountable', 'Adjective', 'Comparative', 'Superlative', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'Adverb', 'Noun', 'Verb'];

export function prepareEntities(config: ResolvedConfig): EntityData {
  const phrases = new Map<string, Phrase[]>();
  const types = new Map<string, EntityType>();
  const seats = new Map<string, string>();
  const countries = new Set<string>(['England', 'Scotland', 'Wales', 'Northern Ireland']);
  const add = (text: string, name: string, type: EntityType, kind: Phrase['kind']) => {
    const texts = tokenize(text, 0, text.length).map((t) => text.slice(t.start, t.end).replace(/’/g, "'"));
    if (!texts.length) return;
    const key = texts[0]!.toLowerCase();
    const list = phrases.get(key) ?? [];
    if (list.some((p) => p.texts.join(' ') === texts.join(' '))) return; // first entry wins
    list.push(Object.freeze({ texts: Object.freeze(texts), name, type, kind }));
    phrases.set(key, list);
    if (!types.has(name)) types.set(name, type);
  };
  const addEntry = (e: { name: string; type: EntityType; aliases: readonly string[]; demonyms: readonly string[] }) => {
    add(e.name, e.name, e.type, 'name');
    for (const a of e.aliases) add(a, e.name, e.type, 'alias');
    for (const d of e.demonyms) {
      add(d, e.name, e.type, 'demonym');
      if (/(an|i|ese)$/.test(d) === true && !d.endsWith('ese')) add(`${d}s`, e.name, e.type, 'demonym');
    }
  };
  // The user's entries first: they win over the shipped lists.
  for (const e of config.gazetteer as readonly GazetteerEntry[]) addEntry(e);
  for (const [table, tableAliases, demonyms, capitals] of COUNTRIES) {
    const name = RENAME[table] ?? table;
    const aliases = [...tableAliases.filter((a) => !BAD_ALIASES.has(a)), ...(name === table ? [] : [table]), ...(EXTRA_ALIASES[name] ?? [])];
    addEntry({ name, type: 'GPE', aliases, demonyms: [...demonyms, ...(EXTRA_DEMONYMS[name] ?? [])] });
    for (const c of capitals) seats.set(c, name);
    countries.add(name);
  }
  for (const [name, demonyms] of OTHER_STATES) addEntry({ name, type: 'GPE', aliases: [], demonyms });
  for (const [seat, country] of Object.entries(SEATS)) seats.set(seat, country);
  for (const seat of seats.keys()) add(seat, seat === 'Washington D.C.' ? 'Washington' : seat, 'GPE', 'name');
  for (const [name, type, aliases] of KNOWN) addEntry({ name, type, aliases, demonyms: [] });
  for (const name of [...US_STATES, ...CITIES]) add(name, name, 'GPE', 'name');
  for (const [abbr, name] of Object.entries(STATE_ABBREVIATIONS)) add(abbr, name === 'Washington' ? 'Washington State' : name, 'GPE', 'alias');
  for (const name of REGIONS) add(name, name, 'LOC', 'name');
  for (const [alias, name] of Object.entries(REGION_ALIASES)) add(alias, name, 'LOC', 'alias');
  for (const [name, demonyms] of Object.entries(REGION_DEMONYMS)) {
    for (const d of demonyms) for (const form of [d, `${d}s`]) add(form, name, types.get(name) ?? 'LOC', 'demonym');
  }
  for (const name of GROUPS) add(name, name, 'NORP', 'name');
  for (const list of phrases.values()) list.sort((a, b) => b.texts.length - a.texts.length);
  const alternates = new Map(Object.entries(ALTERNATES));
  const firstNames = lexiconWords(['FirstName', 'MaleName', 'FemaleName']);
  const commonWords = lexiconWords(COMMON_TAGS);
  return Object.freeze({ phrases, seats, types, countries, alternates, firstNames, commonWords, compact: compactIndex(phrases) });
}

/** Names by compact form and length, for the misspelling rule's bounded edit-distance search. */
function compactIndex(phrases: ReadonlyMap<string, readonly Phrase[]>): EntityData['compact'] {
  const out = new Map<string, { key: string; name: string; type: EntityType }[]>();
  const seen = new Set<string>();
  for (const list of phrases.values()) {
    for (const p of list) {
      if (p.kind === 'demonym') continue;
      const key = compactKey(p.texts.join(' '));
      if (key.length < 6 || seen.has(key)) continue;
      seen.add(key);
      const bucket = out.get(`${key[0]}${key.length}`) ?? [];
      bucket.push({ key, name: p.name, type: p.type });
      out.set(`${key[0]}${key.length}`, bucket);
    }
  }
  return out;
}

/** "White House" → "whitehouse". */
export function compactKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
