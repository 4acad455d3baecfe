import { createGold } from '../lib.mjs';

export default function build() {
  const g = createGold('ceasefire-kivu-ultimatum', { date: '2025-08-06', dateSource: 'header' });
  const goma = g.entity('Goma', 'GPE', ['GOMA', { all: 'Goma' }]);
  const drc = g.entity('Democratic Republic of Congo', 'GPE', [
    'Democratic Republic of Congo', { all: 'Congo', kind: 'alias', except: ['Republic of [[Congo]]'] },
    { all: 'Kinshasa', kind: 'metonym' }, ['Congolese', 'demonym'],
  ]);
  const klm = g.entity('Kivu Liberation Movement', 'ORG', ['Kivu Liberation Movement']);
  const rubaya = g.entity('Rubaya', 'GPE', [{ all: 'Rubaya' }]);
  const qatar = g.entity('Qatar', 'GPE', ['Qatar', ['[[Doha]] welcomed', 'metonym'], ['Qatari', 'demonym']]);
  const mbala = g.entity('Jean-Pierre Mbala', 'PERSON', ['Jean-Pierre Mbala', ['Mbla', 'misspelling']], [
    { title: 'Defence Minister', org: drc, span: g.at('Defence Minister') },
  ]);
  const un = g.entity('United Nations', 'ORG', ['[[United Nations]] officials', ['UN', 'alias']]);
  const rwanda = g.entity('Rwanda', 'GPE', [['Kigali', 'metonym'], { all: 'Rwanda' }, ['Rwandan', 'demonym']]);
  const uwase = g.entity('Claudine Uwase', 'PERSON', ['Claudine Uwase'], [{ title: 'government spokeswoman', org: rwanda, span: g.at('government spokeswoman') }]);
  const doha = g.entity('Doha process', 'EVENT', ['[[Doha process]]']);
  const nzabona = g.entity('Eric Nzabona', 'PERSON', ['Eric Nzabona', '[[Nzabona]] said'], [{ title: 'spokesman', org: klm, span: g.at('group’s [[spokesman]]') }]);
  const unsc = g.entity('United Nations Security Council', 'ORG', ['United Nations Security Council']);
  const guterres = g.entity('António Guterres', 'PERSON', ['António Guterres'], [{ title: 'Secretary-General', org: un, span: g.at('Secretary-General') }]);
  const us = g.entity('United States', 'GPE', [['Washington', 'metonym']]);
  const au = g.entity('African Union', 'ORG', ['African Union']);
  const ituri = g.entity('Ituri', 'GPE', ['Ituri']);
  const mbeki = g.entity('Thomas Mbeki-Roux', 'PERSON', ['Thomas Mbeki-Roux']);
  const pole = g.entity('Pole Institute', 'ORG', ['Pole Institute']);
  const tshisekedi = g.entity('Félix Tshisekedi', 'PERSON', ['Félix Tshisekedi'], [{ title: 'president', org: drc, span: g.at('Congo’s [[president]]') }]);
  void [goma, rubaya, ituri, pole];

  g.date('Wednesday', undefined, 'DATE', '2025-08-06');
  g.date('48 hours', undefined, 'DURATION', 'PT48H');
  g.date('July 19', undefined, 'DATE', '2025-07-19');
  g.date('three weeks', undefined, 'DURATION', 'P3W', { mod: 'APPROX' });
  g.date('Friday morning', undefined, 'TIME', '2025-08-08TMO');
  g.date('Monday', undefined, 'DATE', '2025-08-04');
  g.date('late on [[Tuesday]]', undefined, 'DATE', '2025-08-05', { mod: 'END' });
  g.date('earlier this month', undefined, 'DATE', '2025-08', { interval: ['2025-08-01', '2025-08-06'] });
  g.date('the coming days', undefined, 'DATE', 'FUTURE_REF');
  g.date('the weekend', undefined, 'DATE', '2025-W31-WE');
  g.date('recently', undefined, 'DATE', 'PAST_REF');
  g.date('the past five days', undefined, 'DURATION', 'P5D');
  g.date('one more week', undefined, 'DURATION', 'P1W');
  g.date('Thursday', undefined, 'DATE', '2025-08-07');
  g.date('the past two days', undefined, 'DURATION', 'P2D');
  g.date('2022', undefined, 'DATE', '2022');
  g.date('the coming weeks', undefined, 'DATE', 'FUTURE_REF');
  g.date('the end of September', undefined, 'DATE', '2025-09', { mod: 'END' });

  const stated = g.claim({ source: mbala, sourceSpan: 'Jean-Pierre Mbala', cue: 'Mbala [[said]]', content: 'the rebels must withdraw to positions they held before the truce took effect on July 19' });
  g.claim({
    source: mbala, sourceSpan: '[[he]] said. “If', cue: 'he [[said]]. “If', mode: 'direct',
    content: 'We have kept our word for nearly three weeks,” he said. “If they are still in Rubaya by Friday morning, the army will do what the army exists to do',
  });
  g.claim({ source: un, sourceKind: 'anonymous', sourceSpan: 'United Nations officials', cue: 'According to', cueClass: 'according-to', content: 'at least 23 civilians were killed and thousands fled toward the provincial capital' });
  g.claim({ source: drc, sourceSpan: '[[Kinshasa]] accused', cue: 'accused', content: 'Kigali of sending troops and heavy weapons across the border to reinforce the rebels' });
  g.claim({ source: uwase, sourceSpan: 'Claudine Uwase', cue: 'told reporters', mode: 'mixed', content: 'the accusations were “a familiar excuse for a familiar failure' });
  g.claim({ source: uwase, sourceSpan: 'Claudine Uwase', cue: 'and [[said]] Rwanda', content: 'Rwanda remained committed to the Doha process' });
  g.claim({ source: nzabona, sourceSpan: 'Eric Nzabona', cue: 'rejected', content: g.at('rejected [[the deadline]]') });
  g.claim({
    source: nzabona, sourceSpan: '[[Nzabona]] said', cue: 'Nzabona [[said]]', mode: 'direct',
    content: 'Nobody withdraws under threat,” Nzabona said, “and nobody should confuse a ceasefire with a surrender',
  });
  g.claim({ source: nzabona, sourceSpan: '[[He]] said the movement', cue: 'He [[said]] the movement', content: 'the movement’s fighters had only responded to army shelling' });
  g.claim({ source: unsc, sourceSpan: 'United Nations Security Council', cue: 'condemned', content: 'the violence' });
  g.claim({ source: unsc, sourceSpan: 'United Nations Security Council', cue: 'called for', mode: 'mixed', content: 'all parties to respect the ceasefire “fully and immediately' });
  g.claim({ source: guterres, sourceSpan: 'António Guterres', cue: 'expressed concern', content: 'reports of forced recruitment of children in areas held by the rebels' });
  g.claim({ source: qatar, sourceSpan: '[[Doha]] welcomed', cue: 'welcomed', mode: 'mixed', content: 'what it described as “restraint shown by both delegations” at talks earlier this month' });
  g.claim({ source: qatar, sourceSpan: '[[Doha]] welcomed', cue: 'and [[said]] its mediators', content: 'its mediators would return to the region in the coming days' });
  g.claim({
    source: qatar, sourceKind: 'anonymous', sourceSpan: 'A Qatari diplomat, who spoke on condition of anonymity', cue: 'anonymity, [[said]]', hedged: true,
    content: 'the mediators believe a compromise on a buffer zone is still possible',
  });
  g.claim({ sourceSpan: 'the mediators', cue: 'mediators [[believe]]', cueClass: 'belief', hedged: true, content: 'a compromise on a buffer zone is still possible' });
  g.claim({ source: us, sourceSpan: 'Washington', cue: 'urged', content: 'Kinshasa to give diplomacy more time' });
  g.claim({ source: au, sourceSpan: 'The [[African Union]]', cue: 'saying only', mode: 'mixed', content: 'it was following events “with the closest attention' });
  g.claim({
    sourceSpan: 'Reports', cue: 'suggest', cueClass: 'belief', hedged: true,
    content: 'several hundred Congolese soldiers have been moved to the area since the weekend, including units recently returned from Ituri',
  });
  g.claim({ sourceSpan: 'A humanitarian official in Goma, who asked not to be named', cue: 'named, [[said]]', content: 'aid convoys had been suspended for the past five days' });
  g.claim({ sourceSpan: 'Analysts', cue: 'Analysts [[believe]]', cueClass: 'belief', hedged: true, content: 'neither side can afford a return to full-scale war' });
  g.claim({
    source: mbeki, sourceSpan: 'Thomas Mbeki-Roux', cue: 'broke,” [[said]]', mode: 'direct',
    content: 'Both are exhausted and both are broke,” said Thomas Mbeki-Roux, a researcher at the Pole Institute in Goma. “But exhaustion has never stopped anyone here from fighting one more week',
  });
  g.claim({ source: tshisekedi, sourceSpan: 'His office', cue: 'office [[said]]', content: 'he would chair a meeting of the national security council on Thursday' });
  g.claim({ source: mbala, sourceSpan: 'Mbla', cue: 'Mbla [[said]]', mode: 'mixed', content: 'the army would give civilians in Rubaya “every chance to leave” before any operation began' });
  g.claim({ sourceSpan: 'Residents reached by telephone', cue: 'telephone [[said]]', content: 'many families had already left on foot over the past two days' });

  g.stance({ holder: drc, target: klm, targetText: 'rebels of the Kivu Liberation Movement', polarity: 'oppose', kind: 'threaten', cue: 'or [[face a renewed army offensive]]' });
  g.stance({ holder: drc, target: rwanda, targetText: 'Kigali', polarity: 'oppose', kind: 'accuse', cue: 'accused' });
  g.stance({ holder: rwanda, targetText: 'a charge', polarity: 'oppose', kind: 'reject', cue: 'denied' });
  g.stance({ holder: uwase, target: drc, targetText: 'the accusations', polarity: 'oppose', kind: 'criticise', cue: 'a familiar excuse for a familiar failure' });
  g.stance({ holder: rwanda, target: doha, targetText: 'the Doha process', polarity: 'support', kind: 'back', cue: 'remained committed' });
  g.stance({ holder: nzabona, target: drc, targetText: 'the deadline', polarity: 'oppose', kind: 'reject', cue: 'rejected' });
  g.stance({ holder: unsc, targetText: 'the violence', polarity: 'oppose', kind: 'condemn', cue: 'condemned' });
  g.stance({ holder: unsc, targetText: 'all parties to respect the ceasefire', polarity: 'support', kind: 'call-for', cue: 'called for' });
  g.stance({ holder: guterres, targetText: 'reports of forced recruitment of children', polarity: 'oppose', kind: 'express-concern', cue: 'expressed concern' });
  g.stance({ holder: qatar, targetText: '“restraint shown by both delegations”', polarity: 'support', kind: 'welcome', cue: 'welcomed' });
  g.stance({ holder: us, target: drc, targetText: 'Kinshasa to give diplomacy more time', polarity: 'support', kind: 'appeal', cue: 'urged' });
  g.stance({ holder: au, targetText: 'sides', polarity: 'neutral', kind: 'refrain', cue: 'refrained from taking sides' });
  g.stance({ holder: tshisekedi, targetText: 'the ultimatum', polarity: 'neutral', kind: 'refrain', cue: 'has not commented publicly', modality: 'publicly' });

  g.deadline({
    issuer: drc, target: klm, cue: '48 hours', demand: 'pull back from the town of Rubaya', consequence: 'face a renewed army offensive',
    duration: 'PT48H', due: '2025-08-08', status: 'pending', claim: stated,
  });
  return g.write();
}
