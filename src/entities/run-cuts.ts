/**
 * Cuts of a capitalised name run before it is typed: a demonym, a party word or a place opening it that is a
 * name of its own ("American Ann Wells", "Democratic Senate", "Ghana ECOWAS"), or an abbreviated country
 * closing it before a title ("Manhattan U.S. Attorney").
 */
import type { Token } from '../doc/document.js';
import type { EntityData } from './types.js';
import type { Run } from './chunk.js';
import { bare, hasTag, phraseAt, titleAt } from './match.js';
import { typeRun } from './typing.js';
import { bodyHeadAt } from './bodies.js';
import { ORG_WORDS } from './lexicon.js';

const PARTY_WORDS = new Set(['democratic', 'republican']);
const CHAMBER_NAMES = new Set(['senate', 'house', 'congress', 'legislature']);

/** "Democratic Senate candidate", "the Republican House": the party word (a group, in the gazetteer) and the chamber are two names. */
export function splitParty(tokens: readonly Token[], run: Run): void {
  if (run.end - run.i >= 2 && PARTY_WORDS.has(tokens[run.i]!.norm) && tokens.slice(run.i + 1, run.end).every((t) => CHAMBER_NAMES.has(t.norm))) run.i++;
}

/** A first name the tagger tags, or one its lexicon lists ("Svetlana", "Juha"). */
export const firstName = (t: Token, data: EntityData): boolean => hasTag(t, 'FirstName', 'MaleName', 'FemaleName') || data.firstNames.has(t.norm);

/**
 * "American Ann Wells", "the Russian Duma", "Japanese Tankan": a demonym opening a run is its own mention
 * and the name starts after it, unless the whole run has a name shape of its own ("British Airways",
 * "Canadian Open", "Iraqi Kurds", "Iranian Kurdistan") or a known organisation follows.
 */
export function splitDemonym(tokens: readonly Token[], run: Run, data: EntityData): void {
  const dem = phraseAt(tokens, run.i, data, false, (p) => p.kind === 'demonym');
  if (!dem || dem.end >= run.end) return;
  // "Chilean Red Cross": a known organisation after the demonym is named with it.
  const org = phraseAt(tokens, dem.end, data, false, (p) => p.type === 'ORG');
  if (org && org.end === run.end) return;
  // "the Russian Foreign Ministry", "the Chilean Central Bank": a government body described by its country's adjective.
  // Not "the Indian Fisheries Department": a capitalised department is named with its country's adjective.
  // Nor "the European Central Bank": the adjective must be a country's.
  const body = bodyHeadAt(tokens, dem.end) === run.end && bare(tokens[run.end - 1]!) !== 'department' && data.countries.has(dem.phrase.name);
  if (body || (run.end - dem.end >= 2 && firstName(tokens[dem.end]!, data)) || typeRun(tokens, run, data).strength < 2) run.i = dem.end;
}

/**
 * "California Republican", "U.S. Defense Secretary", "Berlin Olympics", "Ghana ECOWAS": a place, then a known name,
 * group, title or acronym, is two things; the run keeps the place and the gazetteer finds the rest.
 */
/** Returns the index of an acronym cut off after the place ("Ghana ECOWAS"), else -1. */
export function cutAfterPlace(tokens: readonly Token[], run: Run, data: EntityData): number {
  const place = phraseAt(tokens, run.i, data, false, (p) => p.type === 'GPE' && p.kind !== 'demonym');
  if (!place || place.end >= run.end) return -1;
  // "Kurdistan Democratic Party", "Texas Republican Party": an organisation word closes one name (not "U.S. Democratic Party").
  if (place.phrase.kind === 'name' && ORG_WORDS.has(bare(tokens[run.end - 1]!))) return -1;
  const next = phraseAt(tokens, place.end, data, false, (p) => p.type === 'NORP' || p.type === 'EVENT');
  // "Sinai Egypt", "Ghana ECOWAS": another known place, or an acronym, is a second name.
  const other = phraseAt(tokens, place.end, data, false, (p) => p.type === 'GPE' && p.kind !== 'demonym');
  const acronym = place.end === run.end - 1 && /^\p{Lu}{2,6}$/u.test(tokens[place.end]!.text);
  // "U.S. Attorney's Office": a title that owns an organisation is part of its name.
  const title = titleAt(tokens, place.end);
  const owns = title > 0 && /^['’]s$/.test(tokens[place.end + title]?.text ?? '');
  if ((title > 0 && !owns) || (next && next.end <= run.end) || (other && other.end <= run.end) || acronym) run.end = place.end;
  return acronym ? place.end : -1;
}

/**
 * "Manhattan U.S. Attorney Jay Clayton", "the new U.K. ambassador": an abbreviated country closing a run right before a title
 * belongs to the title (whose country it is); the run ends before it and the gazetteer names the place.
 */
export function cutPlaceBeforeTitle(tokens: readonly Token[], run: Run, data: EntityData): void {
  if (run.end - run.i < 2 || !titleAt(tokens, run.end)) return;
  for (let j = run.i + 1; j < run.end; j++) {
    const hit = phraseAt(tokens, j, data, false, (p) => p.type === 'GPE' && p.kind !== 'demonym');
    // Abbreviated countries only ("U.S.", "UK"): "Real Madrid coach", "Air France chairman" keep their place word.
    if (hit?.end === run.end && hit.end - j === 1 && /^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u.test(tokens[j]!.text)) {
      run.end = j;
      return;
    }
  }
}
