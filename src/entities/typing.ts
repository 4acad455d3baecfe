/** Types a capitalised name run from its own words, the tagger's tags and its neighbours. */
import type { Token } from '../doc/document.js';
import type { EntityType } from '../schema/entity.js';
import type { Run } from './chunk.js';
import { EVENT_HEADS, EVENT_WORDS, GEO_HEADS, LOCATIVE, ORG_DESCRIPTORS, ORG_HEADS, ORG_POSSESSIONS, ORG_WORDS, PRONOUNS, REPORTING_VERBS, SPEECH_VERBS, STAFF } from './lexicon.js';
import type { EntityData } from './types.js';
import { bare, hasTag, isAllCaps, phraseAt } from './match.js';
import { NATURAL_PLACES, placeNounAfter } from './place-nouns.js';

export interface Typed {
  type: EntityType;
  strength: number;
}

/** Words that make a whole name a competition wherever they stand in it ("Major League Baseball"). */
const COMPETITION = new Set(['league', 'cup', 'championship', 'championships', 'olympics', 'games', 'prize', 'trophy', 'series']);
const LEADER_NOUNS = new Set(['administration', 'presidency', 'campaign', 'premiership', 'cabinet', 'era']);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'n', 's', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'between', 'into']);
const LIST_JOINERS = new Set(['and', 'or', ',', '/']);
const FACILITIES = new Set(['airport', 'stadium', 'bridge', 'park', 'street', 'square', 'hospital', 'station', 'road', 'avenue']);
/** The endings of adjectives of peoples and places ("Zairean", "Transylvanian", "Surinamese", "Koranic"; not "-an": "Dhahran", "Abidjan"). */
const ADJECTIVE_OF = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ic)$/u;
/** Heads that make a name a building or a street (FAC), even those in ORG_WORDS ("hospital", "church"). */
const BUILDINGS = new Set(['hospital', 'church', 'cathedral', 'mosque', 'temple', 'synagogue', 'museum', 'stadium', 'arena', 'bridge', 'street', 'square', 'avenue', 'prison']);
const CHAMBERS = new Set(['senate', 'house', 'congressional', 'parliamentary', 'assembly', 'legislative', 'state', 'county', 'city', 'council']);
/** Adjectives that open names of organisations and places but not of persons. */
const NEVER_FIRST = new Set(['new', 'blue', 'red', 'golden', 'royal', 'national', 'great', 'grand', 'global', 'first', 'big', 'little', 'old', 'united', 'general', 'standard', 'international', 'federal', 'central', 'american', 'british']);
/** Plural heads of place names ("the Solomon Islands", "the Blue Mountains", "the Golan Heights"). */
const GEOGRAPHIC_PLURALS = new Set(['islands', 'isles', 'mountains', 'hills', 'falls', 'lakes', 'heights', 'highlands', 'lowlands', 'alps', 'keys', 'plains', 'glades', 'springs', 'woods', 'straits', 'narrows', 'territories', 'states', 'emirates', 'provinces', 'antilles', 'dunes', 'downs', 'fields', 'gardens', 'docks', 'flats', 'cliffs', 'rocks', 'sands', 'waters', 'marshes', 'rapids', 'gates', 'towers', 'courts', 'buildings', 'studios', 'games', 'olympics', 'awards', 'championships', 'series', 'talks', 'accords', 'times', 'news', 'affairs', 'forces', 'nations']);
const SHARES = new Set(['shares', 'stock', 'stake', 'shareholders', 'stockholders']);

export function typeRun(tokens: readonly Token[], run: Run, data: EntityData): Typed {
  const words = tokens.slice(run.i, run.end).filter((t) => /\p{L}/u.test(t.text));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "Leeds General Infirmary", "Mount Zion Baptist Church", "Wembley Stadium": a building ("centre" is as often a body).
  if (words.length > 1 && BUILDINGS.has(bare(last))) return { type: 'FAC', strength: 2 };
  if (ORG_WORDS.has(bare(last))) return { type: 'ORG', strength: words.length > 1 ? 2 : 1 };
  // "iPhone", "iPad": a lower-case-first brand the tagger does not know as a company ("eBay") is a product.
  if (words.length === 1 && /^\p{Ll}\p{Lu}/u.test(first.text) && !hasTag(first, 'Organization')) return { type: 'MISC', strength: 1 };
  // "Sky Sports", "Fox Sports": a broadcaster named for its field ("News", "TV", "Radio" are organisation words already).
  if (words.length > 1 && bare(last) === 'sports') return { type: 'ORG', strength: 2 };
  // "a Reuters/Ipsos poll", "an NBC/Marist survey": the partner written after a slash of a known organisation is one too.
  if (words.length === 1 && tokens[run.i - 1]?.text === '/' && !!phraseAt(tokens, run.i - 2, data, false, (p) => p.type === 'ORG')) return { type: 'ORG', strength: 1 };
  // "World Series of Golf", "Tour of the Netherlands": an event head before "of".
  const of = words.findIndex((t) => t.norm === 'of');
  if (of > 0 && EVENT_HEADS.has(bare(words[of - 1]!))) return { type: 'EVENT', strength: 2 };
  if (headBeforeJoiner(words)) return { type: 'ORG', strength: 2 };
  if (words.length > 1 && words.slice(1).some((t) => COMPETITION.has(bare(t)))) return { type: 'EVENT', strength: 2 };
  if (words.length > 1 && (EVENT_WORDS.has(bare(last)) || EVENT_WORDS.has(`${bare(words[words.length - 2]!)} ${bare(last)}`))) return { type: 'EVENT', strength: 2 };
  // "Iraqi Kurds", "Roman Catholic": groups and nationalities only.
  // "West African", "S. Korean": a compass word before one counts with it.
  if (words.length > 1 && words.every((t) => groupWord(t, data) || COMPASS.has(bare(t))) && groupWord(last, data)) return { type: 'NORP', strength: 2 };
  // "Senate Democrats", "House Republicans", "Congressional Democrats": a chamber's party group is a group of people (NORP), never one person.
  if (words.length > 1 && groupWord(last, data) && /s$/.test(last.norm) && words.slice(0, -1).every((t) => CHAMBERS.has(bare(t)))) return { type: 'NORP', strength: 2 };
  if (run.title) return { type: 'PERSON', strength: 2 };
  // "Zairean troops", "Transylvanian towns", "Koranic schools": one unknown adjective of a people, place or faith before a noun.
  const noun = tokens[run.end];
  if (words.length === 1 && ADJECTIVE_OF.test(first.text) && !data.firstNames.has(first.norm) && !!noun && /^\p{Ll}+$/u.test(noun.text) && hasTag(noun, 'Noun') && !hasTag(noun, 'Verb', 'Value')) return { type: 'NORP', strength: 1 };
  // "the Gauteng province", "the Western Cape and Gauteng provinces", "Kivu region": a name before a place noun is a place.
  const placeNoun = placeNounAfter(tokens, run.end);
  if (placeNoun) return { type: NATURAL_PLACES.has(placeNoun) || (words.length > 1 && COMPASS.has(bare(first))) ? 'LOC' : 'GPE', strength: 1 };
  // "the Islamic Republic", "the Czech Republic": a republic is a country (not "Republic of X" heads, read as organisations above).
  if (words.length > 1 && bare(last) === 'republic') return { type: 'GPE', strength: 1 };
  // "Gulf of Aden", "Cape of Good Hope", "Strait of Hormuz": a geographic head before "of".
  if (words.length > 2 && GEO_HEADS.has(bare(first)) && words[1]!.norm === 'of') return { type: 'LOC', strength: 2 };
  // "the DAX index", "the Nikkei average": a market index is named after what it measures, not an organisation.
  const follow = tokens[run.end];
  if (follow && /^(?:index|indices|average)$/.test(follow.text)) return { type: 'MISC', strength: 2 };
  // "the Open", "league and Cup winners": a competition word alone names the competition.
  if (words.length === 1 && run.i > 0 && COMPETITION.has(bare(first)) && !isAllCaps(first)) return { type: 'EVENT', strength: 1 };
  // "the Trump administration", "the Obama campaign": a leader's name before their office.
  const after = tokens[run.end];
  if (words.length === 1 && after && LEADER_NOUNS.has(after.norm) && !isAllCaps(first)) return { type: 'PERSON', strength: 1 };
  // "NAIROBI, March 3 (Reuters) -": the place opening a dateline.
  if (run.i === 0 && isAllCaps(first) && first.text.length > 3 && tokens[run.end]?.text === ',') return { type: 'GPE', strength: 1 };
  if (words.length === 1 && isAllCaps(first) && first.text.length >= 2 && first.text.length <= 6) return { type: 'ORG', strength: 1 };
  // "AZ Alkmaar", "VfL Bochum", "Dutch PTT": a short acronym inside a longer name marks an organisation.
  if (words.length > 1 && words.some((t) => /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{Ll}]{2,4}$/u.test(t.text) && !/^[IVX]+$/.test(t.text) && !/^\p{Lu}\p{Ll}+$/u.test(t.text))) return { type: 'ORG', strength: 1 };
  // "Ajax Amsterdam", "Air France", "California Angels": a place and another name word make an organisation.
  // "East Jerusalem", "Western Ukraine", "Iranian Kurdistan": a compass word or a demonym before a place is a part of it.
  if (words.length > 1 && words.slice(0, -1).every((t) => COMPASS.has(bare(t)) || groupWord(t, data)) && isPlace(last, data)) return { type: 'LOC', strength: 2 };
  // "Damon Hill", "Tony Hall": the tagger reads a surname that is a place word as a place; a first name from its lexicon says person.
  const firstName = (hasTag(first, 'FirstName') || data.firstNames.has(first.norm)) && !isPlace(first, data);
  // "Analysts at Morgan Stanley", "shares of Morgan Stanley": only organisations are worked at or traded, whatever first name they open with.
  if (words.length > 1 && tradedOrWorkedAt(tokens, run)) return { type: 'ORG', strength: 1 };
  // Not when the tagger reads the place word itself as part of a person's name ("Denzel Washington").
  if (words.length > 1 && placeInside(tokens, run, data) && !firstName && !words.some((t) => hasTag(t, 'Person'))) return { type: 'ORG', strength: 1 };
  // Not after a place word ("at Ellis Park", "village of Donji Brod") nor before a facility ("Ben Gurion airport").
  const placed = LOCATIVE.has(tokens[run.i - 1]?.norm ?? '') || FACILITIES.has(tokens[run.end]?.text ?? '') || FACILITIES.has(last.norm);
  if (words.length > 1 && firstName && !placed && !words.some((t) => hasTag(t, 'Organization'))) return { type: 'PERSON', strength: 1 };
  // "the daily Le Monde", "its unit Purepac": a lower-case organisation noun right before the name outweighs a first-name look.
  // "the Veltra firm", "the Korvo union": the same noun right after the name.
  const descriptor = (t: Token | undefined) => !!t && ORG_DESCRIPTORS.has(t.norm) && /^\p{Ll}/u.test(t.text);
  if (descriptor(tokens[run.i - 1]) || (descriptor(tokens[run.end]) && !hasTag(first, ...PERSON_TAGS, 'Adjective', 'Demonym') && !groupWord(first, data))) return { type: 'ORG', strength: 1 };
  if (hasTag(first, 'FirstName', 'MaleName', 'FemaleName', 'Honorific')) return { type: 'PERSON', strength: 1 };
  // "Trump's Justice Department": the tagger spreads the owned organisation's tag onto its owner; that tag is not the owner's.
  const ownedHead = tokens[run.end + 1];
  const owned = /^['’]s$/.test(tokens[run.end]?.text ?? '') && !!ownedHead && /^\p{Lu}/u.test(ownedHead.text) && hasTag(ownedHead, 'Organization');
  if (!owned && words.some((t) => hasTag(t, 'Organization'))) return { type: 'ORG', strength: 1 };
  // "Trump's Justice Department", "Meloni's Interior Ministry": one name owning a government body is its leader.
  if (owned && words.length === 1 && !words.some((t) => hasTag(t, ...PLACE_TAGS)) && ownsGovernmentBody(tokens, run.end + 1)) return { type: 'PERSON', strength: 0 };
  if (words.some((t) => hasTag(t, ...PERSON_TAGS))) return { type: 'PERSON', strength: 1 };
  if (words.some((t) => hasTag(t, ...PLACE_TAGS))) return { type: 'GPE', strength: 1 };
  if (orgContext(tokens, run, data)) return { type: 'ORG', strength: 1 };
  const next = tokens[run.end];
  const reports = !!next && (SPEECH_VERBS.has(next.norm) || (words.length === 1 && REPORTING_VERBS.has(next.norm)));
  if (reports && !isAllCaps(first)) {
    // "Ofcom said", "Interfax reported": one unknown word is an organisation unless "he"/"she" follows
    // ("Xiao said he…"); a surname ("Levy said") still joins its full name ("David Levy") in resolve.
    if ((words.length > 1 && !NEVER_FIRST.has(first.norm)) || personPronounAfter(tokens, run.end + 1)) return { type: 'PERSON', strength: words.length > 1 ? 1 : 0 };
    return { type: 'ORG', strength: 0 };
  }
  // "Dutroux, 39, was ...": a name with an age in apposition.
  if (next?.text === ',' && /^\d{1,2}$/.test(tokens[run.end + 1]?.text ?? '') && tokens[run.end + 2]?.text === ',') return { type: 'PERSON', strength: 1 };
  // "Macron, speaking in Brussels, said", "Okafor, who chairs the panel": a speaker's aside follows a person.
  if (next?.text === ',' && /^(?:who|speaking|writing)$/.test(tokens[run.end + 1]?.norm ?? '')) return { type: 'PERSON', strength: 0 };
  const prev = tokens[run.i - 1];
  // "Heathrow and Gatwick", "Alicante, Bilbao, Madrid": one word listed with a known place, a place.
  const listed = (k: number, other: number) => LIST_JOINERS.has(tokens[k]?.norm ?? '') && !!tokens[other] && isPlace(tokens[other]!, data);
  if (words.length === 1 && (listed(run.end, run.end + 1) || listed(run.i - 1, run.i - 2))) return { type: 'GPE', strength: 0 };
  // "at Old Trafford", "in New Haven": an unknown name of several words after a place preposition is a place.
  // Not before a possessive: "in Angela Merkel's office".
  // "the All Blacks", "the Rolling Stones", "the Golden State Warriors": "the" and a plural head make a team or band, never a person.
  if (words.length > 1 && prev?.norm === 'the' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(last.text) && !hasTag(last, ...PERSON_TAGS, ...PLACE_TAGS) && !GEOGRAPHIC_PLURALS.has(last.norm)) return { type: 'ORG', strength: 1 };
  // "Blue Origin", "Royal Mail", "Great Western": a person's name never opens with these words; an organisation's often does.
  if (words.length > 1 && NEVER_FIRST.has(first.norm) && !hasTag(words[1]!, ...PERSON_TAGS)) return { type: prev && PLACE_PREPOSITIONS.has(prev.text) ? 'GPE' : 'ORG', strength: 0 };
  if (words.length > 1) return { type: prev && PLACE_PREPOSITIONS.has(prev.text) && !/^['’]s$/.test(next?.text ?? '') ? 'GPE' : 'PERSON', strength: 0 };
  if (prev && LOCATIVE.has(prev.norm)) return { type: 'GPE', strength: 0 };
  return { type: 'MISC', strength: 0 };
}

/** A demonym or a group word ("Iraqi", "Kurdish", "Roman")? */
function groupWord(t: Token, data: EntityData): boolean {
  if (t.norm === 'roman') return true;
  return (data.phrases.get(t.norm) ?? []).some((p) => p.texts.length === 1 && (p.kind === 'demonym' || p.type === 'NORP'));
}

const isPlace = (t: Token, data: EntityData): boolean => (data.phrases.get(t.norm) ?? []).some((p) => p.texts.length === 1 && p.type === 'GPE' && p.kind !== 'demonym');

/** Does a gazetteer place cover part, but not all, of the run? */
function placeInside(tokens: readonly Token[], run: Run, data: EntityData): boolean {
  for (let k = run.i; k < run.end; k++) {
    const hit = phraseAt(tokens, k, data, false, (p) => p.type === 'GPE' && p.kind !== 'demonym');
    if (hit && hit.end <= run.end) return hit.end - k < run.end - run.i;
  }
  return false;
}

/** "Ministry of Defence", "Department for Environment, Food and Rural Affairs", "Commission on Human Rights". */
function headBeforeJoiner(words: readonly Token[]): boolean {
  const j = words.findIndex((t) => t.norm === 'of' || t.norm === 'for' || t.norm === 'on');
  return j > 0 && words.slice(0, j).some((t) => ORG_HEADS.has(bare(t)) || ORG_WORDS.has(bare(t)));
}

/** What only a company has ("Kellmark Fisher's shares"): unlike "chief" or "board", never a person's. */
const TRADED = new Set(['shares', 'stock', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'dividend', 'headquarters']);

/**
 * The strongest organisation contexts, which outweigh a first-name look: "shares of/in X", "X's shares",
 * "analysts at X", "officials at X" (people work at organisations, but "at" a person never).
 */
function tradedOrWorkedAt(tokens: readonly Token[], run: { i: number; end: number }): boolean {
  const prev = tokens[run.i - 1]?.norm ?? '';
  const before = tokens[run.i - 2]?.norm ?? '';
  if ((prev === 'of' || prev === 'in') && SHARES.has(before)) return true;
  if (prev === 'at' && STAFF.has(before) && !['spokesman', 'spokeswoman', 'spokesperson', 'chief', 'boss', 'director'].includes(before)) return true;
  const next = tokens[run.end];
  return !!next && /^['’]s$/.test(next.text) && TRADED.has(tokens[run.end + 1]?.norm ?? '');
}

/**
 * Organisation context of a name: it owns what only organisations own ("Amazon's shares", "shares
 * of Amazon", "a stake in Amazon"), people work at it ("analysts at Berenga"), a noun describes it
 * ("the media regulator Ofcom"), or it is joined by "and"/"or" to a name the tagger knows as an
 * organisation ("Amazon and Google").
 */
export function orgContext(tokens: readonly Token[], run: { i: number; end: number }, data: EntityData): boolean {
  const next = tokens[run.end];
  if (next && /^['’]s$/.test(next.text) && ORG_POSSESSIONS.has(tokens[run.end + 1]?.norm ?? '')) return true;
  const before = tokens[run.i - 2]?.norm ?? '';
  if (/^(?:of|in)$/.test(tokens[run.i - 1]?.norm ?? '') && SHARES.has(before)) return true;
  // "analysts at Berenga", "the media regulator Ofcom".
  if (tokens[run.i - 1]?.norm === 'at' && STAFF.has(before)) return true;
  if (ORG_DESCRIPTORS.has(tokens[run.i - 1]?.norm ?? '') && /^\p{Ll}/u.test(tokens[run.i - 1]!.text)) return true;
  const joined = (k: number) => /^(?:and|or)$/.test(tokens[k]?.norm ?? '');
  // One word joined to one organisation: not "Gianni Versace and Vogue", nor "Moslems and Serb police".
  const org = (k: number) => !!tokens[k] && hasTag(tokens[k]!, 'Organization') && !groupWord(tokens[k]!, data);
  if (run.end - run.i !== 1) return false;
  return (joined(run.end) && org(run.end + 1)) || (joined(run.i - 1) && org(run.i - 2));
}

/** "he"/"she"/"his"/"her" within the three tokens at `k` ("said he", "said that she", "told his"). */
function personPronounAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) if (Object.hasOwn(PRONOUNS, tokens[j]!.norm)) return true;
  return false;
}

/** "Justice Department", "Interior Ministry", "government" within three words after the possessive. */
function ownsGovernmentBody(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && tokens[j]; j++) if (/^(?:department|ministry|government|administration|cabinet|agency)$/.test(tokens[j]!.norm)) return true;
  return false;
}
