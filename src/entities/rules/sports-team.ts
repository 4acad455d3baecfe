import type { Sentence, Token } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import { EVENT_WORDS, LOCATIVE, NOT_NAMES, RESULT_WORDS, SPORTS_WORDS } from '../lexicon.js';
import { hasTag, isCapitalised, isCapsSentence, phraseAt } from '../match.js';
import type { Run } from '../chunk.js';

/**
 * In a sports report, a place or name in a result ("Chelsea 2 Leeds 1", "Essex beat Kent",
 * "NEW YORK 74 56") is a club: ORG. Countries stay places (national sides are named by their country).
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/sports-team',
  kind: 'entities',
  description: 'Clubs named by their city or region in sports results (score after the name, "beat", "v").',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'HOCKEY - NORDIC LEAGUE SCORES\nLeeds 2 Chelsea 1\nThe league resumes on Saturday.', expect: { text: 'Leeds', type: 'ORG' } },
      { text: 'In the football league on Saturday, Hamburg beat Bochum 2-0.', expect: { text: 'Hamburg', type: 'ORG' } },
      { text: 'RUGBY LEAGUE - RESULTS\nManly 42 Western Suburbs 6\nThe league resumes next week.', expect: { text: 'Manly', type: 'ORG' } },
      { text: 'BASEBALL - MAJOR LEAGUE GAMES\nTORONTO 4 DETROIT 2\nTORONTO AT DETROIT', expect: { text: 'DETROIT', type: 'GPE', local: true } },
      { text: 'SOCCER - LEAGUE CUP RESULTS\nIn Tartu: Kalev Tartu (Estonia) 2 Zoria Luhansk (Ukraine) 1', expect: { text: 'Kalev Tartu', type: 'ORG' } },
      { text: 'SOCCER - SCOTTISH LEAGUE STANDINGS\nAlloa Athletic 3 2 1 0 7 2 7\nQueen Park 3 0 1 2 2 6 1', expect: { text: 'Queen Park', type: 'ORG' } },
      { text: 'SOCCER - ENGLISH LEAGUE FIXTURES\nDivision two - Kestrel Vale v Hollins Rovers.', expect: { text: 'Kestrel Vale', type: 'ORG' } },
      { text: 'SOCCER - GERMAN LEAGUE RESULTS\nHolzstadt 2 (Brenner 12th, Okafor 80th) Lindau 0', expect: { text: 'Okafor', type: 'PERSON' } },
      { text: 'GOLF - DUTCH CHAMPIONSHIP SCORES\n140 Brent Hollis, Kowalczyk, Martin Lund (Sweden)\nThe tournament ends on Sunday.', expect: { text: 'Kowalczyk', type: 'PERSON' } },
      { text: 'MOTOR RACING - GRAND PRIX PRACTICE\nTimes after practice:\n1. Pedro Marin (Spain) Aldana 1:52.104', expect: { text: 'Aldana', type: 'ORG' } },
      { text: 'SOCCER - CUP WINNERS LEAGUE RESULTS\nVictoria Brasov 2 Dinamo Kursk 1', expect: { text: 'Victoria Brasov', type: 'ORG' } },
      { text: 'CRICKET - COUNTY CHAMPIONSHIP\nAt Taunton: Somerset 280 (R. Harden 61) v Kent.', expect: { text: 'Taunton', type: 'GPE' } },
    ],
    noMatch: ['TENNIS - OPEN CHAMPIONSHIP\nShe has never gone past the third round of the Open.', 'SOCCER - LEAGUE RESULTS\nHalftime 1-0.\nAttendance 12,000.', 'ATHLETICS - GRAND PRIX MEETING\nThe Olympic 100 metres champion won in 9.95 seconds.', 'TENNIS - RESULTS\nMaria Kovac (Croatia) beat Olga Brann (Sweden) 6-2 6-3\nOlga Brann 1 0 3 1 4', 'Hamburg beat its own export record in 1995, the city said.', 'In the football league on Saturday, Brazil beat Chile 2-0 in Santiago.', 'The club won the league match on Sunday. Windows 95 would feature in the museum show.'],
  },
  run(ctx) {
    if (!isSports(ctx.doc.sentences)) return;
    for (const s of ctx.doc.sentences) {
      const toks = s.tokens;
      const runs = new Map(nameRuns(s).map((r) => [r.i, r]));
      const ends = new Map([...runs.values()].map((r) => [r.end, r]));
      for (let i = 0; i < toks.length; i++) {
        // A gazetteer place first ("NEW YORK" in a capitals table), else a name run.
        const hit = phraseAt(toks, i, ctx.data, true, (p) => p.kind !== 'demonym');
        // A line opening with a word and a score ("Manly 42 Western Suburbs 6") names a side whatever the tagger says.
        const run = runs.get(i) ?? (i === 0 && isCapitalised(toks[0]!) && !NOT_NAMES.has(toks[0]!.norm) ? lineOpener(toks) : undefined);
        const end = Math.max(hit?.end ?? 0, run?.end ?? 0);
        if (!end) continue;
        if (venue(toks, i, end)) {
          // "DENVER AT SEATTLE", "At Trent Bridge: Sussex 281-6": where the game is played, a place.
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[end - 1]!.end), type: 'GPE', kind: 'name', strength: 4, local: true, ...(hit && hit.end === end ? { name: hit.phrase.name } : {}), evidence: ctx.doc.span(s.start, s.end) });
          i = end - 1;
          continue;
        }
        const country = !!hit && ctx.data.countries.has(hit.phrase.name);
        if ((!hit || (!country && hit.end === end)) && (run || hit) && !run?.title && (player(toks, i, end) || amongPeople(toks, i, end, runs, ends))) {
          // "Holzstadt 4 (Brenner 11th, Okafor 34th)", "c Pratt b Hollins", "Hollins 24-5-71-2": a scorer or a bowler, a person.
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[end - 1]!.end), type: 'PERSON', kind: 'name', strength: 2, evidence: ctx.doc.span(s.start, s.end) });
          i = end - 1;
          continue;
        }
        if (run && !hit && end - i === 1 && afterNationality(toks, i, ctx.data)) {
          // "Pedro Marin (Spain) Aldana 1:52.104", "Luc Verbeek (Belgium) Rovana": the team after a competitor's country.
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[i]!.end), type: 'ORG', kind: 'name', strength: 2, evidence: ctx.doc.span(s.start, s.end) });
          continue;
        }
        const skip = (hit && ctx.data.countries.has(hit.phrase.name) && hit.end === end) || run?.title || (personLike(toks, i, end) && !inResult(toks, i, end, false)) || dateline(toks, i, end);
        const placeLike = !!hit || end - i === 1 || toks.slice(i, end).some((t) => hasTag(t, 'Place', 'City', 'Region') || TEAM_WORDS.has(t.norm));
        // In a sports report a lone name, or a city not preceded by "in", is more often a club ("in Zabrze" is the town).
        const lone = i > 0 && !['in', 'at'].includes(toks[i - 1]!.norm) && !EVENT_WORDS.has(toks[i]!.norm) && !isCapsSentence(s) && !hit && end - i === 1 && !!run && !hasTag(toks[i]!, 'Acronym') && !ctx.data.phrases.has(toks[i]!.norm);
        const city = !!hit && hit.end === end && hit.phrase.type === 'GPE' && !LOCATIVE.has(toks[i - 1]?.norm ?? '') && !isCapsSentence(s);
        if (!skip && (lone || city) && !inResult(toks, i, end, placeLike)) {
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[end - 1]!.end), type: 'ORG', kind: 'name', strength: city ? 3 : 1, evidence: ctx.doc.span(s.start, s.end) });
        } else if (!skip && inResult(toks, i, end, placeLike)) {
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[end - 1]!.end), type: 'ORG', kind: 'name', strength: 4, evidence: ctx.doc.span(s.start, s.end) });
        }
        i = end - 1;
      }
    }
  },
});

const TEAM_WORDS = new Set(['united', 'city', 'rovers', 'wanderers', 'athletic', 'fc', 'sporting', 'real', 'dynamo', 'dinamo', 'inter', 'ac', 'county', 'town', 'albion']);
/** Cricket and scorecard marks before a player ("b Harris", "c Smith"). */
const PLAYER_MARKS = new Set(['b', 'c', 'lbw', 'st', 'run', 'out']);

function personLike(toks: readonly Token[], i: number, end: number): boolean {
  const first = toks[i]!;
  // A first name only says "person" with a surname after it: "Chelsea" alone is a club.
  if (end - i > 1 && hasTag(first, 'FirstName', 'MaleName', 'FemaleName')) return true;
  if (end - i > 1 && /^\p{Lu}$/u.test(first.text)) return true; // "M. Walker"
  const prev = toks[i - 1];
  return !!prev && PLAYER_MARKS.has(prev.text);
}

/** The word before i closes a bracketed country that follows a name: "Name (Country) |here". */
function afterNationality(toks: readonly Token[], i: number, data: EntityData): boolean {
  if (toks[i - 1]?.text !== ')') return false;
  let j = i - 2;
  while (j >= 0 && j > i - 6 && toks[j]!.text !== '(') j--;
  if (j < 1 || toks[j]!.text !== '(') return false;
  const hit = phraseAt(toks, j + 1, data, false, (p) => p.type === 'GPE');
  return !!hit && hit.end === i - 1 && isCapitalised(toks[j - 1]!);
}

/** A scorer's minute ("34th", "(5th and 89th minutes)"), a bowler's figures, or a scorecard mark before the name. */
function player(toks: readonly Token[], i: number, end: number): boolean {
  // The tokenizer splits "34th" into "34" and "th".
  const k = toks[end]?.text === '(' ? end + 1 : end;
  if (/^\d{1,3}$/.test(toks[k]?.text ?? '') && /^(?:st|nd|rd|th)$/.test(toks[k + 1]?.text ?? '') && toks[k + 1]!.start === toks[k]!.end) return true;
  // Bowling figures "29-6-64-1" (overs, maidens, runs, wickets), which the tokenizer splits at the dashes.
  if ([0, 2, 4, 6].every((d) => /^\d+(?:\.\d)?$/.test(toks[end + d]?.text ?? '')) && [1, 3, 5].every((d) => toks[end + d]?.text === '-')) return true;
  const prev = toks[i - 1];
  return !!prev && PLAYER_MARKS.has(prev.text) && prev.text.length <= 3;
}

/** "Hollis, Brent Dawe (Australia)", "Pratt, Okafor, Lund": a lone name listed next to a full name that opens with a first name. */
function amongPeople(toks: readonly Token[], i: number, end: number, runs: ReadonlyMap<number, Run>, ends: ReadonlyMap<number, Run>): boolean {
  if (end - i !== 1 || LOCATIVE.has(toks[i - 1]?.norm ?? '')) return false; // "In Denver, Ray Kessler scattered..."
  const person = (r: Run | undefined) => !!r && r.end - r.i > 1 && hasTag(toks[r.i]!, 'FirstName', 'MaleName', 'FemaleName');
  return (toks[i - 1]?.text === ',' && person(ends.get(i - 1))) || (toks[end]?.text === ',' && person(runs.get(end + 1)));
}

/** "LONDON 1996-08-22", "YORK, England": the place that opens a dateline. */
function dateline(toks: readonly Token[], i: number, end: number): boolean {
  if (i !== 0) return false;
  const next = toks[end];
  return !next || next.text === ',' || (/^\d{4}$/.test(next.text) && toks[end + 1]?.text === '-');
}

/** The side after "AT" in a short capitals fixture line, or the ground opening a result block or report ("At Cardiff:", "In Montreal, ..."). */
function venue(toks: readonly Token[], i: number, end: number): boolean {
  const prev = toks[i - 1];
  // "RESULTS AT RIVERSIDE CUP" names the event, not a ground.
  if (prev?.text === 'AT' && toks.length <= 8) return (!toks[end] || toks[end]!.text === '.') && !EVENT_WORDS.has(toks[end - 1]!.norm);
  return i === 1 && (prev?.norm === 'at' || prev?.norm === 'in') && (toks[end]?.text === ':' || toks[end]?.text === ',');
}

function isSports(sentences: readonly Sentence[]): boolean {
  let n = 0;
  for (const s of sentences) for (const t of s.tokens) if (SPORTS_WORDS.has(t.norm) && ++n >= 2) return true;
  return false;
}

const isScore = (t: Token | undefined): boolean => !!t && /^\d+(-\d+)?$/.test(t.text);

/**
 * Followed by a score, or either side of a result word ("beat", "v", "AT" in a short fixtures
 * line). A multi-word name with no place in it needs a full result ("Victoria Brasov 2 Dinamo 1").
 */
function inResult(toks: readonly Token[], i: number, end: number, placeLike: boolean): boolean {
  const prev = toks[i - 1];
  const fixture = (t: Token | undefined) => !!t && RESULT_WORDS.has(t.norm) && (t.norm !== 'at' || (t.text === 'AT' && toks.length <= 8)) && t.norm !== 'against';
  // "Kestrel Vale v Hollins Rovers.": either side of "v" with nothing in brackets (a player's country) is a side.
  if (VERSUS.has(toks[end]?.norm ?? '') || (VERSUS.has(prev?.norm ?? '') && toks[end]?.text !== '(')) return true;
  // "Queen Park 3 0 1 2 2 6 1": a line opening with a name and a row of numbers is a standings row.
  // Players' averages carry decimals or dashes ("Hick 13 2 42 1 42.00"); a club's row is whole numbers only.
  if (i === 0 && toks.length - end >= 3 && toks.slice(end).every((t) => /^\d+$/.test(t.text))) return true;
  if (placeLike) {
    const next = toks[end];
    // "the Olympic 100 metres champion": a number with a unit after it is a measure, not a score.
    // "Windows 95 would ship", "iPhone 15 sold": a number a verb follows is part of a product's name.
    if ((isScore(next) && !UNITS.test(toks[end + 1]?.text ?? '') && !clauseGoesOn(toks[end + 1])) || fixture(next)) return true;
    const k = afterCountry(toks, end);
    if (k > end && isScore(toks[k]) && (!toks[k + 1] || /^\p{Lu}/u.test(toks[k + 1]!.text))) return true;
    return fixture(prev) && (isScore(next) || !next || next.text === ',' || next.text === '.');
  }
  // "Victoria Brasov 2 Dinamo 1", "Victoria Brasov (Romania) 2 Sliema (Malta) 1": a score, then the
  // other side or the end of the line; a country in brackets after the side is skipped.
  const k = afterCountry(toks, end);
  const after = toks[k + 1];
  const sideAfter = k > end ? !!after && /^\p{Lu}/u.test(after.text) : !after || /^\p{Lu}/u.test(after.text) || after.text === '(';
  return isScore(toks[k]) && (sideAfter || (isScore(prev) && !after)) && (!prev || prev.text === ':' || isScore(prev) || fixture(prev));
}

/** A lower-case verb right after the number: the sentence goes on, so no result line ends there. */
const clauseGoesOn = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text) && hasTag(t, 'Verb', 'Modal', 'Auxiliary');

const UNITS = /^(?:metres|meters|m|km|kilometres|kilometers|miles|yards|seconds|kg|cc)$/;
const VERSUS = new Set(['v', 'vs', 'vs.', 'versus']);

/** The index after "(Country)" at k, or k. */
function afterCountry(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== '(') return k;
  for (let j = k + 1; j < k + 5 && toks[j]; j++) if (toks[j]!.text === ')') return j > k + 1 && isCapitalised(toks[k + 1]!) ? j + 1 : k;
  return k;
}

function lineOpener(toks: readonly Token[]): Run | undefined {
  let end = 0;
  while (toks[end] && isCapitalised(toks[end]!)) end++;
  return end > 0 && isScore(toks[end]) ? { i: 0, end, title: null } : undefined;
}
