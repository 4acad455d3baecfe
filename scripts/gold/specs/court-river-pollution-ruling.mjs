import { createGold } from '../lib.mjs';

export default function build() {
  const g = createGold('court-river-pollution-ruling', { date: '2025-04-11', dateSource: 'header' });
  const london = g.entity('London', 'GPE', ['LONDON']);
  const uk = g.entity('United Kingdom', 'GPE', [{ all: 'Britain', kind: 'alias' }, ['Whitehall', 'metonym']]);
  const court = g.entity('High Court', 'ORG', ['High Court']);
  const marsh = g.entity('Helen Marsh', 'PERSON', ['Helen Marsh', '[[Marsh]] noted'], [{ title: 'Mrs Justice', span: g.at('Mrs Justice') }]);
  const defra = g.entity('Department for Environment, Food and Rural Affairs', 'ORG', ['Department for Environment, Food and Rural Affairs']);
  const trust = g.entity('Clean Rivers Trust', 'ORG', ['Clean Rivers Trust']);
  const pritchard = g.entity('Owen Pritchard', 'PERSON', ['Owen Pritchard', ['Pritchrd', 'misspelling']], [
    { title: 'director', org: trust, span: g.at('whose [[director]]') },
  ]);
  const rcj = g.entity('Royal Courts of Justice', 'FAC', ['Royal Courts of Justice']);
  const england = g.entity('England', 'GPE', ['England', ['English', 'demonym']]);
  const okafor = g.entity('Daniel Okafor', 'PERSON', ['Daniel Okafor', '[[Okafor]] is expected'], [
    { title: 'Environment Secretary', org: uk, span: g.at('Environment Secretary') },
  ]);
  const appeal = g.entity('Court of Appeal', 'ORG', ['Court of Appeal']);
  const treasury = g.entity('Treasury', 'ORG', ['Treasury']);
  const waterUk = g.entity('Water UK', 'ORG', ['Water UK']);
  const benning = g.entity('Claire Benning', 'PERSON', ['Claire Benning'], [{ title: 'chief executive', org: waterUk, span: g.at('its [[chief executive]], Claire') }]);
  const thames = g.entity('Thames Water', 'ORG', ['Thames Water']);
  const uu = g.entity('United Utilities', 'ORG', ['United Utilities']);
  const libdems = g.entity('Liberal Democrats', 'ORG', [['Liberal Democrat', 'alias']]);
  const harrow = g.entity('Tom Harrow', 'PERSON', ['Tom Harrow'], [{ title: 'environment spokesman', org: libdems, span: g.at('Liberal Democrat [[environment spokesman]]') }]);
  const agency = g.entity('Environment Agency', 'ORG', ['Environment Agency']);
  const eu = g.entity('European Union', 'ORG', [['Brussels', 'metonym']]);
  void [london, rcj, england, appeal, treasury, agency, eu];

  g.date('Thursday', undefined, 'DATE', '2025-04-10');
  g.date('28 days', undefined, 'DURATION', 'P28D');
  g.date('last autumn', undefined, 'DATE', '2024-FA');
  g.date('4 p.m. on May 8', undefined, 'TIME', '2025-05-08T16:00');
  g.date('2021', undefined, 'DATE', '2021');
  g.date('the following day', undefined, 'DATE', '2025-05-09');
  g.date('24 hours', undefined, 'DURATION', 'PT24H');
  g.date('21 days', undefined, 'DURATION', 'P21D');
  g.date('January', undefined, 'DATE', '2025-01');
  g.date('earlier this month', undefined, 'DATE', '2025-04', { interval: ['2025-04-01', '2025-04-11'] });
  g.date('edge in [[May]]', undefined, 'DATE', '2025-05');
  g.date('last summer', undefined, 'DATE', '2024-SU');
  g.date('2024', undefined, 'DATE', '2024');
  g.date('the previous year', undefined, 'DATE', '2023');
  g.date('two weeks', undefined, 'DURATION', 'P2W');
  g.date('Monday', undefined, 'DATE', '2025-04-14');
  g.date('the coming weeks', undefined, 'DATE', 'FUTURE_REF');
  g.date('late May', undefined, 'DATE', '2025-05', { mod: 'END' });

  g.claim({ source: court, sourceSpan: 'High Court', cue: 'ruled', content: 'the government acted unlawfully when it relaxed limits on sewage discharges into rivers' });
  g.claim({
    source: marsh, sourceSpan: 'Helen Marsh', cue: 'found', cueClass: 'evidence', mode: 'mixed',
    content: 'the Department for Environment, Food and Rural Affairs had failed to consult the public before loosening the standards last autumn, and that its own impact assessment had “understated the harm by a wide margin',
  });
  const ordered = g.claim({ source: marsh, sourceSpan: 'the judge', cue: 'ordered', content: 'The department must lodge the new plan with the court by 4 p.m. on May 8' });
  g.claim({ source: pritchard, sourceSpan: 'Owen Pritchard', cue: 'welcomed', content: g.at('welcomed [[the ruling]]') });
  g.claim({
    source: pritchard, sourceSpan: '[[he]] said', cue: 'he [[said]]', mode: 'direct',
    content: 'This is a good day for every river in England,” he said. “But a plan on paper cleans nothing, and we will be watching every line of it',
  });
  g.claim({ source: okafor, sourceSpan: 'Daniel Okafor', cue: 'Okafor [[said]]', mode: 'mixed', content: 'the government was “studying the judgment carefully” and had not yet decided whether to appeal' });
  const experts = g.claim({ sourceSpan: 'legal experts', cue: 'according to', cueClass: 'according-to', content: 'Government lawyers have 21 days to seek permission to take the case to the Court of Appeal' });
  g.claim({
    source: uk, sourceKind: 'anonymous', sourceSpan: 'A Whitehall source, speaking on condition of anonymity', cue: 'told reporters',
    content: 'ministers were inclined to comply rather than fight, given the political cost of being seen to defend dirtier water',
  });
  g.claim({ sourceSpan: 'Reports', cue: 'suggest', cueClass: 'belief', hedged: true, content: 'the department had drafted an alternative plan as early as January but shelved it earlier this month after objections from the Treasury' });
  g.claim({ source: waterUk, sourceSpan: g.at('[[Water UK]], which'), cue: 'expressed concern', hedged: true, content: 'restoring the old limits so quickly could force companies to divert money from long-term upgrades' });
  g.claim({
    source: benning, sourceSpan: 'Claire Benning', cue: 'Benning, [[said]]', mode: 'direct',
    content: 'Nobody is arguing against cleaner rivers,” its chief executive, Claire Benning, said, “but a cliff edge in May helps no one',
  });
  g.claim({ source: uu, sourceSpan: 'United Utilities', cue: 'Utilities [[said]]', mode: 'mixed', content: 'it would “work constructively” with regulators on whatever rules applied' });
  g.claim({ sourceSpan: 'Opposition politicians', cue: 'condemned', content: 'the government’s handling of the case' });
  g.claim({ source: harrow, sourceSpan: 'Tom Harrow', cue: 'called for', content: 'the resignation of the minister who signed off on the relaxation' });
  g.claim({ source: harrow, sourceSpan: 'Tom Harrow', cue: 'saying', mode: 'mixed', content: 'the court had confirmed that “corners were cut and rivers paid the price' });
  g.claim({ sourceSpan: 'Scientists', cue: 'believe', cueClass: 'belief', hedged: true, content: 'sewage overflows contributed to the closure of at least 30 bathing sites last summer' });
  g.claim({
    source: agency, sourceSpan: 'The [[Environment Agency]]', cue: 'recorded', cueClass: 'evidence',
    content: 'more than 3.6 million hours of spills in 2024, up from 1.75 million the previous year',
  });
  g.claim({ source: marsh, sourceSpan: '[[Marsh]] noted', cue: 'noted', content: 'the case concerned only English law' });
  g.claim({ sourceSpan: g.at('[[Campaigners]] said'), cue: 'Campaigners [[said]]', content: 'they would return to court in the coming weeks if the new plan fell short' });
  g.claim({ source: pritchard, sourceSpan: 'Pritchrd', cue: 'Pritchrd [[said]]', mode: 'mixed', content: 'the trust was “ready to go back in as many times as it takes' });

  g.stance({ holder: court, target: uk, targetText: 'the government', polarity: 'oppose', kind: 'criticise', cue: 'acted unlawfully', extra: ['ruled'] });
  g.stance({ holder: pritchard, targetText: 'the ruling', polarity: 'support', kind: 'welcome', cue: 'welcomed' });
  g.stance({ holder: waterUk, targetText: 'restoring the old limits so quickly', polarity: 'oppose', kind: 'express-concern', cue: 'expressed concern' });
  g.stance({ holder: thames, targetText: 'the ruling', polarity: 'neutral', kind: 'refrain', cue: 'refused to comment' });
  g.stance({ holder: null, target: uk, targetText: 'the government’s handling of the case', polarity: 'oppose', kind: 'condemn', cue: 'condemned' });
  g.stance({ holder: harrow, targetText: 'the resignation of the minister who signed off on the relaxation', polarity: 'support', kind: 'call-for', cue: 'called for' });
  g.stance({ holder: uu, targetText: 'regulators', polarity: 'support', kind: 'cooperate', cue: 'work constructively' });

  g.deadline({
    issuer: court, target: defra, cue: '28 days', demand: 'file a revised pollution plan', consequence: 'see the old, stricter rules restored by court order',
    duration: 'P28D', due: '2025-05-08T16:00', status: 'pending', claim: ordered,
  });
  g.deadline({
    issuer: null, target: uk, cue: '21 days', demand: 'seek permission to take the case to the Court of Appeal', consequence: null,
    duration: 'P21D', due: '2025-05-01', status: 'pending', hedged: true, claim: experts,
  });
  return g.write();
}
