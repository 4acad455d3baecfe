/**
 * "The campaign issued a statement Tuesday saying C", "Ruiz released a letter that says C", "the group put out
 * a video on Friday, accusing X of Y": a document issued by the subject carries the report. PolNeAR marks
 * the issuing verb, the document and the reporting verb as one cue ("issued a statement Tuesday saying"),
 * and the subject of the issuing verb as the source.
 */
import type { Token } from '../doc/document.js';
import type { CueHit } from '../cues/index.js';
import { isTime } from './adjuncts.js';
import { has } from '../cues/words.js';

/** Verbs that put a document out (the lemma's forms as they appear: past, present, bare). */
const ISSUE = new Set(`release released releases issue issued issues publish published publishes send sent sends
  make made makes give gave gives deliver delivered delivers air aired airs run ran runs launch launched launches
  unveil unveiled unveils file filed files circulate circulated circulates distribute distributed pen penned`.split(/\s+/));
/** Documents that report: statements, letters, ads, reports, posts. */
const DOCUMENTS = new Set(`statement statements letter letters video videos ad ads advertisement commercial spot memo
  report reports message email e-mail release op-ed editorial column note response lawsuit complaint petition
  filing brief transcript analysis study survey poll`.split(/\s+/));
/** Phrasal forms: "put out a statement", "sent out an email". */
const PHRASAL = new Set(['put', 'puts', 'sent', 'sends', 'send', 'fired', 'fires']);


/**
 * The index of the issuing verb when the tokens before the cue at token k are "VERB (det adj) DOCUMENT
 * (time) (,)" or "VERB (det adj) DOCUMENT that/which"; -1 otherwise. An issuing verb that is a claim cue
 * of its own ("wrote a letter saying") keeps its own attribution.
 */
export function issuedDocument(toks: readonly Token[], k: number, hits: readonly CueHit[]): number {
  let j = k - 1;
  const participle = toks[k]!.norm.endsWith('ing');
  // "Doctors who sent the letter called him a quack": a finite cue right after the document has a subject of its own.
  if (!participle && !/^(that|which)$/.test(toks[j]?.norm ?? '')) return -1;
  if (!participle) j--;
  else {
    if (toks[j]?.norm === ',') j--;
    // "a statement Tuesday saying", "a statement on Friday evening, calling"
    let t = j;
    while (t >= 0 && j - t < 4 && (isTime(toks[t]) || /^(on|late|early|last)$/.test(toks[t]!.norm))) t--;
    if (t < j && isTime(toks[j])) j = t;
  }
  if (j < 1 || !DOCUMENTS.has(toks[j]!.norm)) return -1;
  let f = j;
  // "a statement", "its follow-up statement", "a new radio spot"
  const modifier = (t: Token) => /Determiner|Adjective|Noun|Value|Possessive/.test(t.tags.join(' ')) && !has(t, 'Verb') && (!has(t, 'Pronoun') || has(t, 'Possessive'));
  while (f - 1 >= 0 && j - f < 5 && (modifier(toks[f - 1]!) || toks[f - 1]!.norm === '-')) f--;
  let v = f - 1;
  const phrasal = toks[v]?.norm === 'out' && PHRASAL.has(toks[v - 1]?.norm ?? '');
  if (phrasal) v--;
  if (v < 0 || !(phrasal || ISSUE.has(toks[v]!.norm)) || !has(toks[v], 'Verb')) return -1;
  if (hits.some((h) => h.from === v && h.entry.claim)) return -1;
  return v;
}

const GO = new Set(['go', 'goes', 'went', 'going', 'gone']);
const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);
const USE = new Set(['use', 'uses', 'used', 'using']);
/** What a speaker takes to ("took to Twitter to say") or uses ("used his speech to call for"). */
const MEDIA = new Set(['twitter', 'facebook', 'instagram', 'airwaves', 'floor', 'stage', 'podium', 'television', 'tv', 'media', 'microphone']);
const OCCASIONS = new Set(['speech', 'address', 'remarks', 'appearance', 'interview', 'platform', 'column', 'op-ed', 'statement', 'tweet', 'tweets', 'moment', 'opportunity', 'occasion', 'debate', 'rally', 'visit']);

/**
 * "went on to say", "took to Twitter to call", "used his acceptance speech to call for": a lead-in verb whose
 * subject speaks through the infinitive cue at token k. PolNeAR marks the lead-in as part of the cue.
 * The index of the lead-in verb, or -1.
 */
export function leadIn(toks: readonly Token[], k: number): number {
  if (toks[k - 1]?.norm !== 'to' || toks[k]!.norm.endsWith('ing')) return -1;
  const a = toks[k - 2];
  if (a?.norm === 'on' && GO.has(toks[k - 3]?.norm ?? '')) return k - 3;
  // "took to Twitter to", "took to social media to", "used his speech to": the medium within four words.
  for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
    const n = toks[j]!.norm;
    if (MEDIA.has(n) || OCCASIONS.has(n)) {
      for (let v = j - 1; v >= Math.max(0, j - 4); v--) {
        const w = toks[v]!.norm;
        if (TAKE.has(w) && toks[v + 1]?.norm === 'to' && MEDIA.has(n)) return v;
        if (USE.has(w) && OCCASIONS.has(n) && /Determiner|Possessive/.test(toks[v + 1]?.tags.join(' ') ?? '')) return v;
      }
      return -1;
    }
    if (/^[,;:.!?]$/.test(n)) return -1;
  }
  return -1;
}
