import { createGold } from '../lib.mjs';

export default function build() {
  const g = createGold('election-paraguay-recount', { date: '2025-03-14', dateSource: 'header' });
  const asuncion = g.entity('Asunción', 'GPE', ['ASUNCIÓN', 'Asunción']);
  const paraguay = g.entity('Paraguay', 'GPE', [{ all: 'Paraguay' }, ['Paraguayans', 'demonym']]);
  const tribunal = g.entity('Superior Electoral Tribunal', 'ORG', ['Superior Electoral Tribunal']);
  const civic = g.entity('Civic Alliance', 'ORG', [{ all: 'Civic Alliance' }]);
  const cabanas = g.entity('Rosa Cabañas', 'PERSON', ['Rosa Cabañas'], [
    { title: 'president', org: tribunal, span: g.at('tribunal’s [[president]], Judge') },
    { title: 'Judge', span: g.at('[[Judge]] Rosa') },
  ]);
  const nrp = g.entity('National Renewal Party', 'ORG', ['National Renewal Party']);
  const chamber = g.entity('Chamber of Deputies', 'ORG', ['Chamber of Deputies']);
  const villalba = g.entity('Héctor Villalba', 'PERSON', ['Héctor Villalba', '[[Villalba]]’s office', '[[Villalba]], who has', ['Vilalba', 'misspelling']], [
    { title: 'President', org: paraguay, span: g.at('[[President]] Héctor') },
    { title: 'President', org: paraguay, span: g.at('[[President]] Vilalba') },
  ]);
  const ojeda = g.entity('Martín Ojeda', 'PERSON', ['Martín Ojeda', ['Ojeda', 'name', 2], ['Ojeda', 'name', 3]], [
    { title: 'leader', org: civic, span: g.at('Civic Alliance [[leader]]') },
  ]);
  const alto = g.entity('Alto Paraná', 'GPE', ['Alto Paraná']);
  const oas = g.entity('Organization of American States', 'ORG', ['Organization of American States']);
  const uruguay = g.entity('Uruguay', 'GPE', [['Uruguayan', 'demonym']]);
  const lemos = g.entity('Andrés Lemos', 'PERSON', ['Andrés Lemos'], [
    { title: 'chief', org: oas, span: g.at('mission’s [[chief]]') },
    { title: 'foreign minister', org: uruguay, former: true, span: g.at('[[former Uruguayan foreign minister]]') },
  ]);
  const brazil = g.entity('Brazil', 'GPE', [['Brasília', 'metonym'], 'Brazil']);
  const us = g.entity('United States', 'GPE', [['Washington', 'metonym']]);
  const ferreira = g.entity('Lucía Ferreira', 'PERSON', ['Lucía Ferreira']);
  const catholic = g.entity('Catholic University', 'ORG', ['Catholic University']);
  const iachr = g.entity('Inter-American Commission on Human Rights', 'ORG', ['Inter-American Commission on Human Rights']);
  void [asuncion, chamber, alto, catholic, iachr];

  g.date('Monday evening', undefined, 'TIME', '2025-03-17TEV');
  g.date('last Sunday', undefined, 'DATE', '2025-03-09');
  g.date('Thursday', undefined, 'DATE', '2025-03-13');
  g.date('72-hour', undefined, 'DURATION', 'PT72H');
  g.date('eighteen months', undefined, 'DURATION', 'P18M');
  g.date('2008', undefined, 'DATE', '2008');
  g.date('early February', undefined, 'DATE', '2025-02', { mod: 'START' });
  g.date('earlier this month', undefined, 'DATE', '2025-03', { interval: ['2025-03-01', '2025-03-14'] });
  g.date('July 1', undefined, 'DATE', '2025-07-01');
  g.date('Every day', undefined, 'SET', 'P1D');
  g.date('Wednesday night', undefined, 'TIME', '2025-03-12TNI');
  g.date('2023', undefined, 'DATE', '2023');
  g.date('Tuesday', undefined, 'DATE', '2025-03-11');
  g.date('the coming weeks', undefined, 'DATE', 'FUTURE_REF');

  const announced = g.claim({ source: cabanas, sourceSpan: 'Rosa Cabañas', cue: 'announced', content: 'the deadline' });
  g.claim({
    source: cabanas, sourceSpan: 'Rosa Cabañas', cue: 'told reporters', mode: 'mixed',
    content: 'the panel had received “dozens of complaints but not one sworn affidavit,” and that it would not stretch the 72-hour review window set by electoral law',
  });
  g.claim({ source: ojeda, sourceSpan: 'Martín Ojeda', cue: 'condemned', mode: 'mixed', content: 'the count in three eastern departments as “a theft carried out in daylight' });
  g.claim({ source: ojeda, sourceSpan: 'Martín Ojeda', cue: 'called for', content: 'a full recount under international supervision' });
  g.claim({
    source: ojeda, sourceSpan: g.at('[[Ojeda]] said'), cue: 'Ojeda [[said]]', mode: 'direct',
    content: 'We are not asking for favours,” Ojeda said, “we are asking that every ballot be counted again in front of witnesses',
  });
  g.claim({
    source: nrp, sourceKind: 'anonymous', sourceSpan: 'A senior official in the ruling party, who spoke on condition of anonymity because he was not authorised to discuss the matter',
    cue: 'matter, [[said]]', mode: 'mixed', content: 'the opposition was “trying to win in the courtroom what it lost at the ballot box',
  });
  g.claim({ source: civic, sourceSpan: 'the [[Civic Alliance]] first', cue: 'accused', content: 'the governing party of moving polling stations away from opposition strongholds in Alto Paraná' });
  g.claim({ sourceSpan: 'Reports', cue: 'suggest', cueClass: 'belief', hedged: true, content: 'at least two regional election officials were reassigned earlier this month after complaints from party monitors' });
  g.claim({ source: oas, sourceSpan: 'The [[Organization of American States]]', cue: 'expressed concern', content: 'what it called “avoidable delays” in the transmission of results' });
  g.claim({ source: oas, sourceSpan: 'The [[Organization of American States]]', cue: 'but [[said]] it had found', content: 'it had found no evidence of systematic fraud' });
  g.claim({
    source: lemos, sourceSpan: 'the mission’s chief, former Uruguayan foreign minister Andrés Lemos', cue: 'According to', cueClass: 'according-to', mode: 'mixed',
    content: 'the irregularities identified so far “would not change the overall result',
  });
  g.claim({ source: brazil, sourceSpan: 'Brasília', cue: 'welcomed', content: 'the peaceful conduct of the election' });
  g.claim({ source: brazil, sourceSpan: 'Brazil’s foreign ministry', cue: 'saying in a statement', mode: 'mixed', content: 'Paraguayans had “once again chosen the ballot over the barricade' });
  g.claim({ sourceSpan: 'Analysts', cue: 'believe', cueClass: 'belief', hedged: true, content: 'the tribunal’s tight timetable is designed to settle the matter before the new legislature is sworn in on July 1' });
  g.claim({
    source: ferreira, sourceSpan: 'Lucía Ferreira', cue: 'here,” [[said]]', mode: 'direct',
    content: 'The clock is the government’s best ally here,” said Lucía Ferreira, a political scientist at the Catholic University in Asunción. “Every day that passes without a recount makes one less likely',
  });
  g.claim({
    source: ojeda, sourceSpan: '[[Ojeda]] told supporters', cue: 'told supporters',
    content: 'the alliance would meet the tribunal’s deadline and would take its case to the Inter-American Commission on Human Rights if the objections were rejected',
  });
  g.claim({ source: villalba, sourceSpan: '[[Villalba]], who has', cue: '2023, [[said]]', content: 'he would respect whatever the tribunal decided' });
  g.claim({ sourceSpan: 'Allies of President Vilalba', cue: 'expect', cueClass: 'belief', hedged: true, content: 'him to announce his cabinet in the coming weeks, once the final count is published' });

  g.stance({ holder: ojeda, targetText: 'the count in three eastern departments', polarity: 'oppose', kind: 'condemn', cue: 'condemned' });
  g.stance({ holder: ojeda, targetText: 'a full recount under international supervision', polarity: 'support', kind: 'call-for', cue: 'called for' });
  g.stance({ holder: villalba, targetText: 'the accusations', polarity: 'neutral', kind: 'refrain', cue: 'refused to comment' });
  g.stance({ holder: civic, target: nrp, targetText: 'the governing party', polarity: 'oppose', kind: 'accuse', cue: 'accused' });
  g.stance({ holder: oas, targetText: '“avoidable delays” in the transmission of results', polarity: 'oppose', kind: 'express-concern', cue: 'expressed concern' });
  g.stance({ holder: brazil, targetText: 'the peaceful conduct of the election', polarity: 'support', kind: 'welcome', cue: 'welcomed' });
  g.stance({ holder: us, targetText: 'the outcome', polarity: 'neutral', kind: 'refrain', cue: 'refrained from commenting' });

  g.deadline({
    issuer: tribunal, target: civic, cue: '[[until]] Monday evening', demand: 'lodge formal objections to last Sunday’s parliamentary vote',
    consequence: 'any challenge filed after that would be thrown out and the results certified as they stand',
    due: '2025-03-17', status: 'pending', claim: announced,
  });
  return g.write();
}
