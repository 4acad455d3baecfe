/**
 * A hand-made document with one or more records of every kind, for the report tests. The records
 * are written by hand against the schema (not copied from the extractor), offsets computed here.
 */
import type { Extraction } from '../src/schema/result.js';

export const SAMPLE_TEXT =
  'date 2025-06-21\nRuritania gave Freedonia a two-week deadline to withdraw its troops or face sanctions, officials said on Friday. ' +
  'Freedonia condemned the ultimatum. "We will not be threatened," Foreign Minister Ana Petrova said.\n';

function span(needle: string, from = 0) {
  const start = SAMPLE_TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`sample: no "${needle}"`);
  return { start, end: start + needle.length, text: needle };
}

const sentence1 = span('Ruritania gave Freedonia a two-week deadline to withdraw its troops or face sanctions, officials said on Friday.');
const sentence2 = span('Freedonia condemned the ultimatum.');
const sentence3 = span('"We will not be threatened," Foreign Minister Ana Petrova said.');
const p = (rule: string, evidence: { start: number; end: number; text: string }) => ({ rule, confidence: 0.8, evidence });

export function sampleDoc(): Extraction {
  const fre2 = span('Freedonia', sentence2.start);
  return {
    id: 'sample',
    date: '2025-06-21',
    dateSource: 'header',
    entities: [
      { id: 'e1', name: 'Ruritania', type: 'GPE', mentions: [{ ...span('Ruritania'), kind: 'name' }], roles: [], ...p('entities/gazetteer', sentence1) },
      { id: 'e2', name: 'Freedonia', type: 'GPE', mentions: [{ ...span('Freedonia'), kind: 'name' }, { ...fre2, kind: 'name' }], roles: [], ...p('entities/gazetteer', sentence1) },
      { id: 'e3', name: 'Ana Petrova', type: 'PERSON', mentions: [{ ...span('Ana Petrova'), kind: 'name' }], roles: [{ title: 'Foreign Minister', org: 'e2', former: false, span: span('Foreign Minister') }], ...p('entities/person', sentence3) },
    ],
    dates: [
      { id: 't1', ...span('two-week'), type: 'DURATION', value: 'P2W', mod: null, interval: null, ...p('dates/duration', sentence1) },
      { id: 't2', ...span('Friday'), type: 'DATE', value: '2025-06-20', mod: null, interval: { start: '2025-06-20', end: '2025-06-20' }, ...p('dates/weekday', sentence1) },
    ],
    deadlines: [{
      id: 'dl1', issuer: 'e1', target: 'e2', issuerText: null, targetText: null, cue: span('deadline'), demand: span('withdraw its troops'), consequence: span('sanctions'),
      duration: 'P2W', due: '2025-07-05', dueEarliest: null, dueLatest: null, status: 'pending', hedged: false, claim: 'c1',
      ...p('deadlines/n-week', sentence1),
    }],
    stances: [{
      id: 's1', holder: 'e2', holderText: null, target: 'e1', targetText: 'the ultimatum', polarity: 'oppose', kind: 'condemn', cue: span('condemned'),
      negated: false, hedged: false, modality: null, ...p('stances/cue-verb', sentence2),
    }],
    claims: [
      {
        id: 'c1', source: null, sourceSpan: span('officials'), sourceText: 'officials', sourceKind: 'anonymous', cue: span('said', sentence1.start),
        cueClass: 'speech', content: span('Ruritania gave Freedonia a two-week deadline to withdraw its troops or face sanctions'), mode: 'indirect', hedged: false,
        contentParts: null, ...p('claims/verb-cue', sentence1),
      },
      {
        id: 'c2', source: 'e3', sourceSpan: span('Foreign Minister Ana Petrova'), sourceText: 'Foreign Minister Ana Petrova', sourceKind: 'named',
        cue: span('said', sentence3.start), cueClass: 'speech', content: span('"We will not be threatened,"'), mode: 'direct', hedged: false,
        contentParts: null, ...p('claims/quote', sentence3),
      },
    ],
  };
}
