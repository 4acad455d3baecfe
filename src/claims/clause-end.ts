/**
 * Where an indirect content ends inside its sentence: before a semicolon or a lone dash, a comma that
 * opens a clause or an appositive of the reporter's own, and, for a content that is a phrase, before
 * the adjuncts of the speech (see phrase-end.ts). Quoted words are never cut.
 */
import type { Document, Token } from '../doc/document.js';
import { AUX, spacedDash } from '../cues/words.js';
import { sideOf } from '../cues/quotes.js';
import { clausalCue, phraseEndsAt, startsPhrase } from './phrase-end.js';

/** Conjunctions and adverbs that, after a comma, start a clause the reporter adds ("…, but …", "…, which …"). */
const AFTER_COMMA = /^(but|although|though|while|whereas|even|which|then|compared|whom|who|where|when|as|with|until|after|since|amid|another)$/;

/** Participles that start a report of their own (", saying ...") even when the tagger misses them. */
const REPORTING_PARTICIPLE = /^(saying|adding|noting|telling|arguing|insisting|calling|citing|claiming|warning|asking|explaining|suggesting|declaring|stressing|writing)$/;

/**
 * Where an indirect content ends: before a semicolon or dash, a comma that opens a clause of the
 * reporter's own (", but", ", which", ", citing X"), or "but" that starts a new verb phrase
 * ("say it is early but noted that"). Quoted words are never cut.
 */
export function clauseEnd(doc: Document, toks: readonly Token[], a: number, stop: number): { cut: number; phrase: boolean } {
  let quoted = false;
  // "if the vote fails, we will …" is one conditional content; "Asked if he would run, Ruiz said" and "whether …" are not.
  // "said that, during the talks when …, the envoy was …": the first comma closes a fronted adjunct, not the content.
  const lead = toks[a]!.norm === ',' ? toks[a + 1] : toks[a];
  const fronted = !!lead && lead.tags.includes('Preposition') && lead.norm !== 'that' && toks[a - 1]?.norm === 'that';
  // "Asked about the delay, the mayor said …": the question fronted before the main clause ends at its comma.
  const infinitive = toks[a]!.norm === 'to' && !!toks[a + 1]?.tags.includes('Verb');
  const asked = /^(asked|pressed|questioned)$/.test(toks[0]!.norm) && a <= 4;
  const conditional = SUBORDINATOR.test(toks[a]!.norm) && toks[a]!.norm !== 'whether' && !/^(asked|ask|asking|wondered|wondering)$/.test(toks[a - 1]?.norm ?? '');
  // Only a content that opens with a noun phrase, not a clause after "that", may end as a phrase.
  let verb = toks[a - 1]?.norm === 'that' || clausalCue(toks[a - 1]) || !startsPhrase(toks[a]!);
  for (let j = a + 1; j < stop; j++) {
    const t = toks[j]!;
    // "to spurn …", "of catering to …": an infinitive or a gerund object is a verb phrase, whatever the tagger says.
    verb ||= toks[j - 1]!.tags.includes('Verb') || (toks[j - 1]!.norm === 'to' && !['Determiner', 'Possessive', 'Noun', 'Adjective', 'Value'].some((g) => t.tags.includes(g))) || (/ing$/.test(toks[j - 1]!.norm) && /^(of|for|about|by|from)$/.test(toks[j - 2]?.norm ?? ''));
    const side = sideOf(doc, t);
    if (side) quoted = side === 'open';
    if (quoted) continue;
    // "denounced the tariffs in a statement", "praised the governor, who …": a phrase ends before the reporter's adjuncts.
    if (!verb && !quoted && phraseEndsAt(toks, j)) return { cut: j, phrase: true };
    // "wants to unseat the chair, which …", "plans to endorse him, telling …": an infinitive content ends at a comma as a phrase does.
    if (infinitive && t.norm === ',' && finiteBetween(toks, a, j) === false && phraseEndsAt(toks, j)) return { cut: j, phrase: false };
    if (t.norm === ';') return { cut: j, phrase: false };
    if (isDash(doc, toks, j)) {
      // "the top earners -- those above $1 million -- would pay more": a pair of dashes sets off an aside.
      const pair = closingDash(doc, toks, j, stop);
      if (pair < 0) return { cut: j, phrase: false };
      j = pair + (toks[pair]!.text === '-' && toks[pair + 1]?.text === '-' ? 1 : 0);
      continue;
    }
    const next = toks[j + 1];
    if (!next) break;
    // ", and the downgrade is casting …": a new clause with its own subject.
    // ", and that …", ", but that …": a second complement of the same cue.
    if (t.norm === ',' && /^(and|but)$/.test(next.norm) && (toks[j + 2]?.norm === 'that' || (toks[j + 2]?.tags.includes('Adverb') && toks[j + 3]?.norm === 'that'))) continue;
    if (t.norm === ',' && next.norm === 'and' && newClause(toks, j + 2)) return { cut: j, phrase: false };
    // "should work with NATO, the alliance that …", ", a swipe at his rival": an appositive the reporter adds after a complete clause.
    if (t.norm === ',' && /^(a|an|the)$/.test(next.norm) && (finiteBetween(toks, a, j) || !verb) && appositiveAt(toks, j + 1, stop)) return { cut: j, phrase: false };
    // "journalists cannot take sides, he appears uneasy": the reporter's clause after a complete one.
    if (t.norm === ',' && newClause(toks, j + 1) && (asked || (finiteBetween(toks, a, j) && !conditional && !(fronted && firstComma(toks, a, j))))) return { cut: j, phrase: false };
    // "tout his strength while needling rivals": the reporter's own circumstance.
    if (t.norm === 'while' && next.tags.includes('Gerund')) return { cut: j, phrase: false };
    // ", but would not be part of it": the same subject goes on, so the content does too.
    const sameSubject = next.norm === 'but' && (AUX.has(toks[j + 2]?.norm ?? '') || (toks[j + 2]?.tags.includes('Verb') ?? false));
    // A relative clause ends the content only after a complete clause: "Trump, who remains influential, has issued" keeps it.
    const relative = /^(who|whom|which|where|when)$/.test(next.norm) && !finiteBetween(toks, a, j);
    // "says Millennials, numbering 75 million, surpassed …": a participle aside on the subject, closed before its verb.
    const aside = next.tags.includes('Gerund') && !REPORTING_PARTICIPLE.test(next.norm) && !finiteBetween(toks, a, j) ? subjectAside(toks, j, stop) : -1;
    if (aside > 0) {
      j = aside;
      continue;
    }
    // "to bring inflation, which hit 7% in May, back to its target": a relative aside the content resumes after.
    const resumed = t.norm === ',' && /^(which|who)$/.test(next.norm) ? resumedAfterAside(toks, j, stop) : -1;
    if (resumed > 0) {
      j = resumed;
      continue;
    }
    if (t.norm === ',' && ((AFTER_COMMA.test(next.norm) && !sameSubject && !relative) || (next.tags.includes('Gerund') && !/^(including|according)$/.test(next.norm)) || REPORTING_PARTICIPLE.test(next.norm))) return { cut: j, phrase: false };
    if (t.norm === 'but' && toks[j - 1]!.norm !== ',' && next.tags.includes('Verb') && !next.tags.includes('Auxiliary') && next.tags.includes('PastTense')) return { cut: j, phrase: false };
  }
  return { cut: stop, phrase: false };
}

/** Does a noun phrase with no verb of its own (but for a relative clause) run from token i to the end of the content? */
function appositiveAt(toks: readonly Token[], i: number, stop: number): boolean {
  let relative = false;
  for (let k = i + 1; k < stop; k++) {
    const t = toks[k]!;
    if (/^[.!?]$/.test(t.text)) return true;
    // "tax fairness, the closure of loopholes … and relief for families": a list, not an appositive.
    if (t.norm === ',' || t.norm === ';' || (/^(and|or)$/.test(t.norm) && (toks[k + 1]?.tags.includes('Preposition') || toks[k + 1]?.tags.includes('Determiner')))) return false;
    if (/^(that|which|who|whose)$/.test(t.norm)) relative = true;
    else if (!relative && t.tags.includes('Verb') && !t.tags.includes('Noun') && !t.tags.includes('Adjective') && !t.tags.includes('Participle')) return false;
  }
  return true;
}

/** Is token j the first comma of the content that starts at token a (a leading comma aside)? */
function firstComma(toks: readonly Token[], a: number, j: number): boolean {
  for (let k = a + 1; k < j; k++) if (toks[k]!.norm === ',') return false;
  return true;
}

/** Is token j a dash: "—", "–", or " -- " and " - " written with hyphens? */
function isDash(doc: Document, toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  // "U.S.–Pakistan relations", "the 2019–2020 season": an en dash between words written close is a compound or a range.
  if (t.text === '–') return !(toks[j - 1]?.end === t.start && toks[j + 1]?.start === t.end);
  if (/^(—|--|―)$/.test(t.text)) return true;
  const next = toks[j + 1];
  if (t.text !== '-' || !next) return false;
  if (next.text === '-' && t.end === next.start) return true;
  return spacedDash(toks, j);
}

/** The dash that closes an aside opened by the dash at token j, before the end of the content, or -1. */
function closingDash(doc: Document, toks: readonly Token[], j: number, stop: number): number {
  const from = toks[j]!.text === '-' && toks[j + 1]?.text === '-' ? j + 2 : j + 1;
  for (let k = from; k < Math.min(stop, from + 25); k++) if (isDash(doc, toks, k)) return k;
  return -1;
}


const SUBORDINATOR = /^(if|when|once|unless|while|although|though|because|as|after|before|since|until|whether)$/;

const isFinite = (t: Token) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Infinitive') && !t.tags.includes('Noun');

/** Is there a finite verb among tokens [from, to)? */
function finiteBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFinite(toks[k]!)) return true;
  return false;
}

/** Does a clause with its own subject start at token i ("the plan is", "he would")? */
function newClause(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  // "the plan is", "he would", "his caucus voted", "Baker's allies said".
  if (!t || !(t.tags.includes('Determiner') || t.tags.includes('Possessive') || /^(he|she|they|we|i|it)$/.test(t.norm) || t.tags.includes('ProperNoun'))) return false;
  for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) {
    const v = toks[k]!;
    if (v.tags.includes('Verb') && !v.tags.includes('Gerund') && !v.tags.includes('Noun')) return true;
    // "the union also stepped in": an adverb may come between the subject and its verb.
    if (!v.tags.includes('Noun') && !v.tags.includes('Adjective') && !v.tags.includes('Determiner') && !v.tags.includes('Adverb')) return false;
  }
  return false;
}

/** The comma closing a participle aside opened by the comma at j, when a finite verb follows it; else -1. */
function subjectAside(toks: readonly Token[], j: number, stop: number): number {
  if (toks[j]!.norm !== ',') return -1;
  for (let k = j + 2; k < Math.min(stop, j + 12); k++) {
    if (toks[k]!.norm !== ',') continue;
    const v = toks[k + 1];
    return v && isFinite(v) ? k : -1;
  }
  return -1;
}

/** The comma closing a relative aside opened at comma j when the content's own phrase resumes after it (a preposition or particle); else -1. */
function resumedAfterAside(toks: readonly Token[], j: number, stop: number): number {
  for (let k = j + 2; k < Math.min(stop, j + 16); k++) {
    const t = toks[k]!;
    if (/^[;.!?]$/.test(t.text) || isQuoteMark(t)) return -1;
    if (t.norm !== ',') continue;
    const after = toks[k + 1];
    return after && (after.tags.includes('Preposition') || after.tags.includes('Particle') || after.norm === 'back') && !/^(according|as|with|after|since|until|amid)$/.test(after.norm) ? k : -1;
  }
  return -1;
}

/** A quotation mark ends the search: an aside does not run into quoted words. */
const isQuoteMark = (t: Token) => /^["“”]$/.test(t.text);
