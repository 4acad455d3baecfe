/**
 * Finds the capitalised name runs of a sentence: sequences of capitalised tokens, with name
 * particles ("van der", "al"), "of"/"&" inside organisation names ("Bank of England"), and initials
 * ("John F. Kennedy"). Titles before a name are split off ("General Asim Munir" → title "General",
 * name "Asim Munir"); "the", possessives and punctuation never enter a run.
 */
import type { Sentence, Token } from '../doc/document.js';
import { EVENT_HEADS, EVENT_WORDS, MONTH_ABBREVIATIONS, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, ORG_WORDS, REPORTING_VERBS, TITLES } from './lexicon.js';
import { bare, hasTag, isCapitalised, titleAt } from './match.js';
import { NAME_TAGS, PARTY_LABELS, commonOpener, commonModifier, gerundFirstName } from './openers.js';
import { JOIN_HEADS, conjunctAfterOf, joinedHead, joins, listAhead } from './joiners.js';

export interface Run {
  /** Token indexes in the sentence, [i, end). */
  i: number;
  end: number;
  /** The title run just before the name, [i, end) in the sentence, when there is one. */
  title: { i: number; end: number } | null;
}

const FUNCTION_TAGS = ['Verb', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'QuestionWord', 'Auxiliary', 'Modal'];
/** "Taliban-led", "EU-wide": a name with a lower-case tail is a modifier, not a name. */
const LOWER_TAIL = /-\p{Ll}+$/u;
/** "al-Assad", "bin-Laden", "el-Sisi", "Inzamam-ul-Haq" is one token already: a particle, a hyphen, a capital. */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|abd|abdel|abdul|ul|ur)-\p{Lu}/u;
const CAMEL = /^\p{Ll}\p{Lu}\p{Ll}{2,}/u;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '–', '—', ':', ';']);

/** Can this token start (or continue) a name? Sentence-initial words need the tagger's support. */
export function nameWord(tokens: readonly Token[], k: number, initial: boolean): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  // "eBay", "iPhone": a brand written with a lower-case first letter.
  if (!(isCapitalised(t) || CAMEL.test(t.text)) || LOWER_TAIL.test(t.text)) return false;
  // "the 777X", "5G networks": a letter glued to a number is part of a model name, not a name of its own.
  if (k > 0 && tokens[k - 1]!.end === t.start && /^\d+$/.test(tokens[k - 1]!.text)) return false;
  // "A. Stewart": an initial is a name word even when it spells a function word.
  if (t.text.length === 1 && next?.text === '.' && tokens[k + 2] && isCapitalised(tokens[k + 2]!)) return true;
  // "the All Blacks", "All Nippon Airways": mid-sentence, a capitalised "All" before a name word opens the name.
  if (NOT_NAMES.has(bare(t)) && !(t.text === 'All' && !initial && !!next && isCapitalised(next) && !NOT_NAMES.has(bare(next)))) return false;
  if (MONTH_ABBREVIATIONS.has(bare(t)) && next && /^[\d.]/.test(next.text)) return false;
  if (t.text.includes('-') && t.norm.split('-').every((p) => MONTH_ABBREVIATIONS.has(p) || NOT_NAMES.has(p))) return false; // "Jan-April"
  if (!initial) return true;
  if (commonModifier(tokens, k)) return false;
  if (hasTag(t, ...NAME_TAGS)) return true;
  if (hasTag(t, ...FUNCTION_TAGS) && !gerundFirstName(tokens, k)) return false;
  // "Tavernier warned": a surname the tagger misreads as an adjective ("-ier", "-er"), before a reporting verb.
  if (hasTag(t, 'Adjective') && !hasTag(t, 'Plural') && next && REPORTING_VERBS.has(next.norm)) return true;
  // "Rubens Barrichello": a first word the tagger reads as a plural or adjective, before another name word.
  return !hasTag(t, 'Adjective', 'Plural') || (!!next && isCapitalised(next) && !NOT_NAMES.has(bare(next)) && !hasTag(next, ...FUNCTION_TAGS));
}

const atStart = (tokens: readonly Token[], k: number): boolean => k === 0 || OPENERS.has(tokens[k - 1]!.text);

/** `known`: words the article capitalises mid-sentence, which are names even where they open one. */
export function nameRuns(s: Sentence, known?: ReadonlySet<string>): Run[] {
  const tokens = s.tokens;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "Democrat Jon Ossoff", "Republican Liz Cheney": a party label before a first name stays out of the
    // person's name (the gazetteer reads the label itself as a group).
    if (PARTY_LABELS.has(tokens[i]!.text) && tokens[i + 1] && hasTag(tokens[i + 1]!, 'FirstName', 'MaleName', 'FemaleName') && tokens[i + 2] && isCapitalised(tokens[i + 2]!)) {
      i++;
      continue;
    }
    let tl = isCapitalised(tokens[i]!) ? titleAt(tokens, i) : 0;
    // "Mrs Justice Helen Marsh", "Mr Justice ...": an honorific before a title.
    while (tl && tl < 4 && tokens[i + tl] && isCapitalised(tokens[i + tl]!) && titleAt(tokens, i + tl)) tl += titleAt(tokens, i + tl);
    if (tl && orgAhead(tokens, i)) tl = 0; // "General Motors", "Major League Baseball"
    if (tl && tokens[i + tl] && nameWord(tokens, i + tl, false)) {
      const end = extend(s, i + tl);
      runs.push({ i: i + tl, end, title: { i, end: i + tl } });
      i = end;
      continue;
    }
    if (tl) {
      i += tl; // a title with no name after it ("the Chief of Army Staff said")
      continue;
    }
    if (nameWord(tokens, i, atStart(tokens, i)) || (atStart(tokens, i) && !!known?.has(tokens[i]!.text) && !NOT_NAMES.has(bare(tokens[i]!)) && !commonOpener(tokens, i))) {
      const end = extend(s, i);
      runs.push({ i, end, title: null });
      i = end;
      continue;
    }
    i++;
  }
  return runs;
}

/** "John Major", "Carole King": a title word after a first name, with no name after it, is a surname. */
function surnameTitle(tokens: readonly Token[], k: number): boolean {
  return titleAt(tokens, k) === 1 && hasTag(tokens[k - 1]!, 'FirstName', 'MaleName', 'FemaleName') && !(tokens[k + 1] && nameWord(tokens, k + 1, false));
}

/** Index after the run that starts at i. */
function extend(s: Sentence, i: number): number {
  const tokens = s.tokens;
  let end = i + 1;
  for (;;) {
    const t = tokens[end];
    const next = tokens[end + 1];
    if (!t || s.text.slice(tokens[end - 1]!.end - s.start, t.start - s.start).includes('\n')) break;
    // "Kellerton General Hospital": a title word inside an organisation or building name is no title.
    if (nameWord(tokens, end, false) && (titleAt(tokens, end) === 0 || surnameTitle(tokens, end) || orgAhead(tokens, end) || possessiveOrgAt(tokens, end + 1) > 0)) {
      end++;
      continue;
    }
    // "Legislative Analyst's Office", "People's Liberation Army": a possessive inside an organisation name.
    const owned = possessiveOrgAt(tokens, end);
    if (owned) {
      end = owned;
      continue;
    }
    // "Hassan al-Turabi", "Hafez al-Assad": an Arabic article or kinship particle joined to a capitalised name.
    if (PARTICLE_NAME.test(t.text)) {
      end++;
      continue;
    }
    // "van der Westhuizen": one or more particles, then a capitalised word.
    let p = end;
    while (tokens[p] && NAME_PARTICLES.has(tokens[p]!.norm) && p - end < 3) p++;
    if (p > end && tokens[p] && isCapitalised(tokens[p]!) && !NOT_NAMES.has(bare(tokens[p]!))) {
      end = p + 1;
      continue;
    }
    // "John F. Kennedy", "St. Louis": a short capitalised word with its period inside a name.
    if (t.text === '.' && next && isCapitalised(next) && tokens[end - 1]!.text.length <= 2 && nameWord(tokens, end + 1, false)) {
      end += 2;
      continue;
    }
    // "Bank of England", "Procter & Gamble".
    const joiner = t.norm === 'of' || t.norm === 'for' || t.norm === '&' || t.norm === 'and';
    if (joiner && next && nameWord(tokens, end + 1, false) && joins(tokens, i, end, t.norm)) {
      end += 2;
      continue;
    }
    // "Organisation of the Islamic Conference", "University of the Witwatersrand": "of the" right after an organisation head.
    if (t.norm === 'of' && next?.norm === 'the' && (ORG_HEADS.has(bare(tokens[end - 1]!)) || EVENT_HEADS.has(bare(tokens[end - 1]!))) && tokens[end + 2] && nameWord(tokens, end + 2, false)) {
      end += 3;
      continue;
    }
    // "Department of Trade and Industry": one or two words after "of"/"for" in an organisation name, "and", one more word.
    if (t.norm === 'and' && next && nameWord(tokens, end + 1, false) && conjunctAfterOf(tokens, i, end)) {
      end += 2;
      continue;
    }
    // "American Iron and Steel Institute", "Commission on Human Rights": a joiner inside an organisation name.
    const inner = joinedHead(tokens, i, end);
    if (inner) {
      end = inner;
      continue;
    }
    // "Department for Environment, Food and Rural Affairs": a comma list inside an "X for/of" name.
    const list = t.text === ',' ? listAhead(tokens, i, end) : 0;
    if (list) {
      end = list;
      continue;
    }
    // "European Shippers’ Council": a plural possessive inside an organisation name.
    if ((t.text === "'" || t.text === '’') && /s$/.test(tokens[end - 1]!.text) && t.start === tokens[end - 1]!.end && next && JOIN_HEADS.has(bare(next))) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** Heads of names that may hold a possessive ("Children's Hospital", "People's Bank", "Analyst's Office"). */
const POSSESSED_HEADS = new Set([...JOIN_HEADS, 'hospital', 'bank', 'army', 'college', 'school', 'university', 'church', 'cathedral', 'club', 'league']);
/** Groups that name what serves them ("Veterans' Affairs" is the plain-apostrophe case handled in extend). */
const OWNER_GROUPS = new Set(['people', 'children', 'women', 'men', 'workers', 'veterans', 'teachers', 'farmers', 'citizens', 'nurses', 'consumers', 'taxpayers', 'writers', 'investors', 'employers', 'soldiers', 'nations']);

/**
 * If token k is an attached "'s" after a capitalised role or group noun or a saint's name, and one to three
 * capitalised words follow, the last an organisation head ("Analyst's Office", "People's Liberation Army",
 * "St. Mary's Hospital"), the index after that head; else 0. A name owning it is two names:
 * "Trump's Justice Department", "Apple's Board", "Ukraine's Parliament".
 */
function possessiveOrgAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const owner = tokens[k - 1];
  if (!t || !owner || !/^['’]s$/.test(t.text) || t.start !== owner.end || !isCapitalised(owner)) return 0;
  if (!TITLES.has(bare(owner)) && !OWNER_GROUPS.has(bare(owner)) && !saintBefore(tokens, k - 1)) return 0;
  for (let j = k + 1; j < k + 4 && tokens[j] && isCapitalised(tokens[j]!) && nameWord(tokens, j, false); j++) {
    if (POSSESSED_HEADS.has(bare(tokens[j]!))) return j + 1;
  }
  return 0;
}

/** "St. Mary", "St Anne": the name of a saint. */
const saintBefore = (tokens: readonly Token[], k: number): boolean =>
  bare(tokens[k - 1] ?? tokens[k]!) === 'st' || (tokens[k - 1]?.text === '.' && !!tokens[k - 2] && bare(tokens[k - 2]!) === 'st');

/** Is the capitalised run at k an organisation or event ("General Motors", "Major League Baseball")? */
function orgAhead(tokens: readonly Token[], k: number): boolean {
  for (let j = k; tokens[j] && isCapitalised(tokens[j]!); j++) if (ORG_WORDS.has(bare(tokens[j]!)) || EVENT_WORDS.has(bare(tokens[j]!))) return true;
  return false;
}
