import type { Token } from '../../doc/document.js';
import { defineRule } from '../../pipeline/rule.js';
import type { EntityCandidate, EntityData } from '../types.js';
import { LOCATIVE } from '../lexicon.js';
import { hasTag, isCapsSentence, phraseAt } from '../match.js';

const VERBISH = ['Verb', 'Modal', 'Auxiliary', 'Copula'];
/** "a Whitehall source", "Beijing officials": the seat names the government its people speak for. */
const SPOKESPEOPLE = new Set(['official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'insider', 'insiders', 'aide', 'aides', 'diplomat', 'diplomats', 'negotiator', 'negotiators']);

/**
 * A seat of government that acts stands for its country: "Washington is holding back", "Tehran,
 * for its part, has condemned", "Islamabad’s next steps", "accused Washington of". After a
 * locative preposition ("in Kabul", "visited Washington") it stays a place.
 */
export default defineRule<EntityCandidate, EntityData>({
  id: 'entities/metonym',
  kind: 'entities',
  description: 'Capitals and seats of government that act (subject of a verb, possessor, object of an accusation) as mentions of their country.',
  confidence: 0.85,
  examples: {
    match: [
      { text: 'Washington is holding back for now.', expect: { text: 'Washington', name: 'United States', kind: 'metonym', type: 'GPE' } },
      { text: 'Tehran, for its part, has condemned the strikes.', expect: { text: 'Tehran', name: 'Iran', kind: 'metonym' } },
      { text: 'Analysts are watching Islamabad’s next steps.', expect: { text: 'Islamabad', name: 'Pakistan' } },
      { text: 'New Delhi, which sees itself as a partner, stayed silent.', expect: { text: 'New Delhi', name: 'India' } },
      { text: 'Trade tensions with Brussels have slowed the review.', expect: { text: 'Brussels', name: 'European Union' } },
      { text: 'A Whitehall source said the appeal was likely.', expect: { text: 'Whitehall', name: 'United Kingdom' } },
      { text: 'Brussels opened proceedings against three states.', expect: { text: 'Brussels', name: 'European Union', type: 'ORG' } },
      { text: 'The alliance will keep supporting Kyiv.', expect: { text: 'Kyiv', name: 'Ukraine' } },
      { text: 'The vote sent a strong signal to Moscow.', expect: { text: 'Moscow', name: 'Russia' } },
      { text: 'The ministers said they stood firmly "shoulder to shoulder" with Kyiv.', expect: { text: 'Kyiv', name: 'Ukraine' } },
      { text: 'Several members sided with Beijing in the vote.', expect: { text: 'Beijing', name: 'China' } },
    ],
    noMatch: ['A bomb exploded in Kabul on Monday.', 'The delegation flew from Paris to Berlin on Monday.', 'The general visited Washington last week.', 'The summit will be held in Moscow.', 'Flights to Kyiv resumed.', 'She was standing with friends in Kyiv.', 'He stood with his family outside a cafe in Beijing.', 'MOSCOW 1996-08-22'],
  },
  run(ctx) {
    for (const s of ctx.doc.sentences) {
      if (isCapsSentence(s)) continue;
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const hit = phraseAt(toks, i, ctx.data, false, (p) => p.kind === 'name' && ctx.data.seats.has(p.name));
        if (!hit) continue;
        if (acts(toks, i, hit.end)) {
          const country = ctx.data.seats.get(hit.phrase.name)!;
          ctx.emit({ ...ctx.doc.span(toks[i]!.start, toks[hit.end - 1]!.end), name: country, type: ctx.data.types.get(country) ?? 'GPE', kind: 'metonym', strength: 4, evidence: ctx.doc.span(s.start, s.end) });
        }
        i = hit.end - 1;
      }
    }
  },
});

/** Nouns of dealings between governments: "tensions with Brussels", "ties to Washington", "a decision from Beijing". */
const RELATIONS = new Set(['talks', 'relations', 'ties', 'tensions', 'dispute', 'deal', 'agreement', 'negotiations', 'cooperation', 'engagement', 'engagements', 'partnership', 'rift', 'row', 'standoff', 'decision', 'approval', 'response', 'pressure', 'backing', 'request', 'ultimatum', 'warning', 'message', 'criticism', 'dialogue', 'contacts', 'alliance',
  'signal', 'aid', 'support', 'package', 'loans', 'sanctions', 'demands', 'concessions', 'threats', 'overtures', 'invitation', 'appeal', 'offer']);

/** Words of taking a side before "with": "stands with", "sided with", "solidarity with", "shoulder to shoulder with". */
const SIDING = /^(?:stand|stands|standing|stood|side|sides|sided|siding|solidarity|shoulder)$/;

/** Verbs whose object is a party dealt with, not a place: "keep supporting Kyiv", "sanctioned Moscow", "urged Beijing". */
const DEALINGS = /^(support|back|sanction|urge|press|pressure|critici[sz]e|condemn|accuse|blame|warn|reassure|punish|isolate|arm|defend|recogni[sz]e|rebuke|threaten|court|appease|placate|snub)(s|d|ed|es|ing)?$/;

/** Is the seat at i the other party of a relation noun ("ties to both Washington and Tehran")? */
function related(toks: readonly Token[], i: number): boolean {
  let k = i - 1;
  // "Washington and Tehran": the second of two seats shares the first one's relation.
  if (toks[k]?.norm === 'and' && toks[k - 1] && /^\p{Lu}/u.test(toks[k - 1]!.text)) k -= 2;
  if (toks[k]?.norm === 'both') k--;
  const prep = toks[k];
  if (!prep || !['with', 'to', 'from', 'between', 'for', 'against', 'on'].includes(prep.norm)) return false;
  // 'stood "shoulder to shoulder" with Kyiv': the relation may be quoted.
  const head = /^["”'’]$/.test(toks[k - 1]?.text ?? '') ? toks[k - 2] : toks[k - 1];
  if (!head) return false;
  // "the allies stand with Kyiv", "sided with Moscow", "solidarity with Kyiv": taking a side is done with a government.
  return RELATIONS.has(head.norm) || (prep.norm === 'with' && SIDING.test(head.norm));
}

/** Is the seat at [i, end) an actor rather than a location? */
function acts(toks: readonly Token[], i: number, end: number): boolean {
  const prev = toks[i - 1];
  const next = toks[end];
  if (!next) return false;
  if (next.norm === "'s" || SPOKESPEOPLE.has(next.norm)) return true; // "Washington’s military engagements", after any preposition
  if (related(toks, i) || (prev && DEALINGS.test(prev.norm))) return true;
  if (prev && LOCATIVE.has(prev.norm)) return false;
  // "two weeks after Brussels opened proceedings": a verb follows, so "after" opens a clause.
  if (hasTag(next, ...VERBISH) && !hasTag(next, 'Gerund')) return true;
  if (prev && hasTag(prev, 'Preposition')) return false;
  if (next.text === ',') {
    const after = toks[end + 1];
    if (after && (after.norm === 'which' || after.norm === 'who')) return true;
    // ", for its part, has condemned": a short aside, then the verb.
    for (let k = end + 1; k < Math.min(toks.length, end + 8); k++) {
      if (toks[k]!.text === ',') return !!toks[k + 1] && hasTag(toks[k + 1]!, ...VERBISH);
      if (hasTag(toks[k]!, 'Date', 'Value')) return false;
    }
    return false;
  }
  // Object of a verb of accusation or pressure: "accused Washington of".
  return !!prev && hasTag(prev, 'Verb') && !!next && (next.norm === 'of' || next.norm === 'to');
}
