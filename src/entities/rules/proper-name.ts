import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { nameRuns } from '../chunk.js';
import type { Sentence, Token } from '../../doc/document.js';
import { commonWord, hasTag, isAllCaps, isCapitalised, isCapsSentence, lowerCaseWords, phraseAt } from '../match.js';
import { typeRun } from '../typing.js';
import { compoundParts } from '../hyphenated.js';
import { cutAfterPlace, cutPlaceBeforeTitle, firstName, splitDemonym, splitParty } from '../run-cuts.js';
import { ORG_NOUNS, ORG_WORDS, REPORTING_VERBS, TITLES } from '../lexicon.js';

/**
 * Capitalised name runs ("Asim Munir", "Bank of England", "Nikolaus van der Pas"), typed from
 * their words (organisation suffixes), a title before them, and the tagger's tags.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/proper-name',
  kind: 'entities',
  description: 'Capitalised name runs outside capitals lines, titles split off, typed by suffix, title and tagger cues.',
  confidence: 0.75,
  examples: {
    match: [
      { text: 'Earlier, General Asim Munir visited the base.', expect: { text: 'Asim Munir', type: 'PERSON' } },
      { text: 'Shares of Acme Holdings Corp fell 3 percent.', expect: { text: 'Acme Holdings Corp', type: 'ORG' } },
      { text: 'He met officials of the Bank of England on Monday.', expect: { text: 'Bank of England', type: 'ORG' } },
      { text: 'The spokesman, Nikolaus van der Pas, declined to comment.', expect: { text: 'Nikolaus van der Pas' } },
      { text: 'Ofcom said the broadcaster had breached its code.', expect: { text: 'Ofcom', type: 'ORG' } },
      { text: 'Fighting broke out between the Kurdistan Democratic Party and its rivals.', expect: { text: 'Kurdistan Democratic Party', type: 'ORG' } },
      { text: 'Shares in Frankfurt rose and the blue-chip Xetra index closed higher.', expect: { text: 'Xetra', type: 'MISC' } },
      { text: 'They won the league and the Cup in the same season.', expect: { text: 'Cup', type: 'EVENT' } },
      { text: 'Opposition lawmaker Kevin Hill told reporters the plan would cost jobs.', expect: { text: 'Kevin Hill', type: 'PERSON' } },
      { text: 'Heavy rain flooded roads across Western Ukraine on Monday.', expect: { text: 'Western Ukraine', type: 'LOC' } },
      { text: 'South African Hendrik Botha won the final.', expect: { text: 'Hendrik Botha', type: 'PERSON' } },
      { text: 'The bill was passed by the Russian Duma on Friday.', expect: { text: 'Duma' } },
      { text: 'A spokesman for the Peruvian Interior Ministry declined to comment.', expect: { text: 'Interior Ministry', type: 'ORG' } },
      { text: 'Talks were led by Karim al-Rashadi, the envoy.', expect: { text: 'Karim al-Rashadi' } },
      { text: "Lawyers from the U.S. Attorney's Office declined to comment.", expect: { text: "U.S. Attorney's Office", type: 'ORG' } },
      { text: 'Investors waited for the Kenya KCPA report on Monday.', expect: { text: 'KCPA', type: 'ORG' } },
      { text: 'He won the opening stage of the Tour of Slovenia on Sunday.', expect: { text: 'Tour of Slovenia', type: 'EVENT' } },
      { text: 'Sales of Quillsoft 98 licences doubled in the quarter.', expect: { text: 'Quillsoft 98', type: 'MISC' } },
      { text: 'Sales of its Vantor Slate 12 tablets doubled.', expect: { text: 'Vantor Slate 12', type: 'MISC' } },
      { text: "Quillsoft's Ledger 98 once ran most small firms' books.", expect: { text: 'Ledger 98', type: 'MISC' } },
      { text: 'Floods hit the old Moravian villages on Sunday.', expect: { text: 'Moravian', type: 'NORP' } },
      { text: 'She was taken to Kellerton General Hospital after the crash.', expect: { text: 'Kellerton General Hospital', type: 'FAC' } },
      { text: 'The story ran in the daily La Gaceta on Sunday.', expect: { text: 'La Gaceta', type: 'ORG' } },
      { text: 'Storms cut power in Paris and Orsay on Monday.', expect: { text: 'Orsay', type: 'GPE' } },
      { text: 'Workers at the Kestrava firm went on strike.', expect: { text: 'Kestrava', type: 'ORG' } },
      { text: 'Denzel Washington starred in the film.', expect: { text: 'Denzel Washington', type: 'PERSON' } },
      { text: 'The final will be played at Kestle Meadows on Sunday.', expect: { text: 'Kestle Meadows', type: 'GPE' } },
      { text: 'The plan was backed by West African leaders on Monday.', expect: { text: 'West African', type: 'NORP' } },
      { text: 'Talks on the Arveni-Soltar border resumed on Monday.', expect: { text: 'Arveni-Soltar' } },
      { text: 'The Israel-KRF talks resumed on Monday.', expect: { text: 'KRF', type: 'ORG' } },
      { text: 'The regulator fined Brevik, and Kovalenko said he would appeal.', expect: { text: 'Kovalenko', type: 'PERSON' } },
      { text: 'Analysts at Morgan Hale expect a rate cut.', expect: { text: 'Morgan Hale', type: 'ORG' } },
      { text: 'The bill was blocked by House Republicans on Monday.', expect: { text: 'House Republicans', type: 'NORP' } },
      { text: 'He told Carter Sports after the match.', expect: { text: 'Carter Sports', type: 'ORG' } },
      { text: 'A Reuters/Marlow poll found support had fallen.', expect: { text: 'Marlow', type: 'ORG' } },
      { text: "According to the Legislative Analyst's Office, reserves fell.", expect: { text: "Legislative Analyst's Office", type: 'ORG' } },
    ],
    // "Israel-PLO": the gazetteer's two mentions, not one name.
    noMatch: ['Results of the weekend games are listed below (winners in BOLD).', 'Total Revenue rose 4 percent, and revenue from exports doubled.', 'The President said on Monday that talks would resume.', 'Officials said the talks would resume in March.', 'The Israel-Syria talks resumed on Monday.'],
  },
  run(ctx) {
    const midWords = capitalisedMidSentence(ctx.doc.sentences);
    const lower = lowerCaseWords(ctx.doc.tokens);
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      for (const run of nameRuns(s, midWords)) {
        splitDemonym(s.tokens, run, ctx.data);
        splitParty(s.tokens, run);
        // "Sen. Jon Ossoff, D-Ga.": a party and state label is no name.
        if (run.end - run.i === 1 && /^[DRI]-\p{Lu}\p{L}{0,4}$/u.test(s.tokens[run.i]!.text)) continue;
        cutPlaceBeforeTitle(s.tokens, run, ctx.data);
        const acronym = cutAfterPlace(s.tokens, run, ctx.data);
        // "Ghana ECOWAS troops": the acronym after the place names an organisation.
        if (acronym >= 0) ctx.emit({ ...ctx.doc.span(s.tokens[acronym]!.start, s.tokens[acronym]!.end), type: 'ORG', kind: 'name', strength: 1, evidence: ctx.doc.span(s.start, s.end) });
        const parts = run.end - run.i === 1 ? compoundParts(s.tokens[run.i]!, ctx.data) : null;
        if (parts) {
          // "Israel-PLO": an acronym beside a known name is an organisation.
          for (const [a, b] of parts) ctx.emit({ ...ctx.doc.span(a, b), type: 'ORG', kind: 'name', strength: 1, evidence: ctx.doc.span(s.start, s.end) });
          continue;
        }
        const a = s.tokens[run.i]!;
        const b = s.tokens[run.end - 1]!;
        const typed = typeRun(s.tokens, run, ctx.data);
        const { type, strength } = typed.strength === 0 ? (appositive(s.tokens, run.end) ?? typed) : typed;
        // A lone unknown word opening a sentence ("Sheep", "Tension") is a name only if the text capitalises it
        // elsewhere, the tagger reads it as a name, or it reports ("Greenpeace warned", "Canacero, the chamber, said").
        if (run.end - run.i === 1 && strength === 0 && type === 'MISC' && run.i === 0 && !midWords.has(a.text) && !hasTag(a, ...NAME_TAGS) && !reports(s.tokens, run.end)) continue;
        // "Government lawyers", "Police said": a generic body is not a name on its own.
        if (run.end - run.i === 1 && (GENERIC.has(a.norm) || (strength < 2 && commonWord(a, lower)))) continue;
        // "MARKET WRAP - Chile", "(winners in BOLD)": English words set in capitals are no name (4 letters up: "SEC", "GAL" are).
        if (s.tokens.slice(run.i, run.end).every((t) => isAllCaps(t) && t.text.length >= 4 && ctx.data.commonWords.has(t.norm))) continue;
        // "Scorers:", "Note:": a label opening a line.
        if (run.i === 0 && strength === 0 && s.tokens[run.end]?.text === ':' && type !== 'PERSON') continue;
        // "Windows 95 sales", "an Ilyushin 76 cargo plane", "Chapter 11 protection": a model or edition number is part of the name.
        const known = phraseAt(s.tokens, run.i, ctx.data, false, (p) => p.type === 'GPE' || p.kind === 'demonym' || p.type === 'EVENT');
        // Not after a name with a shape of its own: "gave the Kivu Liberation Movement 48 hours".
        // A guessed person with no first name may be a product ("Surface Pro 11 laptops").
        const product = !['PERSON', 'NORP', 'EVENT'].includes(type) || (type === 'PERSON' && strength === 0 && !firstName(a, ctx.data));
        const version = strength < 2 && product && !known && versionAt(s.tokens, run.end, owned(s.tokens, run.i));
        if (version) {
          ctx.emit({ ...ctx.doc.span(a.start, s.tokens[run.end]!.end), type: 'MISC', kind: 'name', strength: 2, evidence: ctx.doc.span(s.start, s.end) });
          continue;
        }
        const gender = hasTag(a, 'MaleName') ? 'm' : hasTag(a, 'FemaleName') ? 'f' : undefined;
        ctx.emit({ ...ctx.doc.span(a.start, b.end), type, kind: 'name', strength, ...(gender && { gender }), evidence: ctx.doc.span(s.start, s.end) });
      }
    }
  },
});

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place'];
const GENERIC = new Set(['government', 'police', 'army', 'military', 'navy', 'cabinet', 'administration', 'opposition']);

/** Units and counted nouns after a number: "Hill 28 points", "Chicago 102 runs" are no model numbers. */
const UNITS = new Set(['vs', 'laps', 'percent', 'pct', 'points', 'point', 'minutes', 'seconds', 'hours', 'weeks', 'months', 'years', 'days', 'runs', 'goals', 'votes', 'seats', 'people', 'shares', 'million', 'billion', 'km', 'miles', 'metres', 'meters', 'yards', 'tonnes', 'tons', 'barrels', 'cents', 'games', 'wins']);

/** "Microsoft's Windows 95": a name another owns is a thing, not a player or a team ("the Yankees 12 of 15" is a score). */
const owned = (tokens: readonly Token[], i: number): boolean => /^['’]s$/.test(tokens[i - 1]?.text ?? '');

/**
 * A two- to four-digit number at k, then a common noun ("Windows 95 sales", "an Ilyushin 76 cargo plane"), or,
 * after an owner, any lower-case word but a preposition ("Microsoft's Windows 95 once dominated").
 */
function versionAt(tokens: readonly Token[], k: number, thing: boolean): boolean {
  const n = tokens[k];
  const next = tokens[k + 1];
  if (!n || !/^\d{2,4}$/.test(n.text) || n.start !== tokens[k - 1]!.end + 1) return false;
  // Not at the end of a line: "Smets 27", "Ducati 175" close the rows of results tables.
  if (!next || !/^\p{Ll}+$/u.test(next.text) || UNITS.has(next.norm)) return false;
  return (thing && !hasTag(next, 'Preposition', 'Conjunction')) || (hasTag(next, 'Noun') && !hasTag(next, 'Value', 'Preposition', 'Verb'));
}

/** Is the token at k a reporting verb, directly or after a short appositive (", the national chamber,")? */
function reports(tokens: readonly Token[], k: number): boolean {
  if (tokens[k] && REPORTING_VERBS.has(tokens[k]!.norm)) return true;
  if (tokens[k]?.text !== ',') return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 10); j++) if (tokens[j]!.text === ',') return !!tokens[j + 1] && REPORTING_VERBS.has(tokens[j + 1]!.norm);
  return false;
}


/** The type an appositive's head noun gives a name: ", the national steel chamber," → ORG; ", a spokesman," → PERSON. */
function appositive(tokens: readonly Token[], k: number): { type: 'ORG' | 'PERSON'; strength: number } | null {
  if (tokens[k]?.text !== ',' || !['the', 'a', 'an'].includes(tokens[k + 1]?.norm ?? '')) return null;
  for (let j = k + 2; j < Math.min(tokens.length, k + 9); j++) {
    if (tokens[j]!.text !== ',' && tokens[j]!.norm !== 'of' && tokens[j]!.norm !== 'which' && tokens[j]!.norm !== 'that') continue;
    const head = tokens[j - 1]!.norm;
    if (ORG_NOUNS.has(head)) return { type: 'ORG', strength: 1 };
    if (TITLES.has(head)) return { type: 'PERSON', strength: 1 };
    return null;
  }
  return null;
}

/** Capitalised words seen after the first word of a mixed-case sentence, or opening a longer name there. */
function capitalisedMidSentence(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (isCapsSentence(s)) continue;
    // "Kestrel Freight Lines agreed ...": the first word of an organisation name opening the sentence.
    let k = 0;
    while (s.tokens[k + 1] && isCapitalised(s.tokens[k + 1]!)) k++;
    if (k > 0 && ORG_WORDS.has(s.tokens[k]!.norm) && /^\p{Lu}\p{Ll}+$/u.test(s.tokens[0]!.text)) out.add(s.tokens[0]!.text);
    for (let k = 1; k < s.tokens.length; k++) {
      const t = s.tokens[k]!;
      if (isCapitalised(t) && !/^["“‘'(\-–—:]$/.test(s.tokens[k - 1]!.text)) out.add(t.text);
    }
  }
  return out;
}
