import { createGold } from '../lib.mjs';

export default function build() {
  const g = createGold('trade-steel-tariff-deadline', { date: '2025-09-30', dateSource: 'dateline' });
  const mexicoCity = g.entity('Mexico City', 'GPE', ['MEXICO CITY']);
  const us = g.entity('United States', 'GPE', ['United States', ['U.S.', 'alias'], { all: 'American', kind: 'demonym', except: ['[[American]] Iron', 'North [[American]]'] }]);
  const mexico = g.entity('Mexico', 'GPE', [
    { all: 'Mexico', except: ['[[Mexico]] City'] }, ['[[Mexico]] City reacted', 'metonym'], { all: 'Mexican', kind: 'demonym' },
  ]);
  const china = g.entity('China', 'GPE', [{ all: 'Chinese', kind: 'demonym' }, ['Beijing', 'metonym'], 'China']);
  const whitfield = g.entity('Laura Whitfield', 'PERSON', ['Laura Whitfield', '[[Whitfield]] told', ['Whitfeld', 'misspelling']], [
    { title: 'Trade Representative', org: us, span: g.at('U.S. [[Trade Representative]]') },
  ]);
  const washington = g.entity('Washington', 'GPE', [{ all: 'Washington' }]);
  const iturbide = g.entity('Raúl Iturbide', 'PERSON', ['Raúl Iturbide', '[[Iturbide]] is due'], [
    { title: 'Economy Secretary', org: mexico, span: g.at('Economy Secretary') },
  ]);
  const canada = g.entity('Canada', 'GPE', [['Canadian', 'demonym'], ['Ottawa', 'metonym'], 'Canada']);
  const dhaliwal = g.entity('Priya Dhaliwal', 'PERSON', ['Priya Dhaliwal'], [{ title: 'trade minister', org: canada, span: g.at('Canada’s [[trade minister]]') }]);
  const aisi = g.entity('American Iron and Steel Institute', 'ORG', ['American Iron and Steel Institute']);
  const dolan = g.entity('Mark Dolan', 'PERSON', ['Mark Dolan'], [{ title: 'president', org: aisi, span: g.at('Its [[president]]') }]);
  const peterson = g.entity('Peterson Institute', 'ORG', ['Peterson Institute']);
  const canacero = g.entity('Canacero', 'ORG', ['Canacero']);
  const northAmerica = g.entity('North America', 'LOC', [['North American', 'demonym']]);
  void [mexicoCity, washington, northAmerica];

  g.date('October 15', undefined, 'DATE', '2025-10-15');
  g.date('Tuesday', undefined, 'DATE', '2025-09-30');
  g.date('eight months', undefined, 'DURATION', 'P8M');
  g.date('the following Monday', undefined, 'DATE', '2025-10-20');
  g.date('February', undefined, 'DATE', '2025-02');
  g.date('late last week', undefined, 'DATE', '2025-W39', { mod: 'END' });
  g.date('next year', undefined, 'DATE', '2026');
  g.date('on [[Monday]]', undefined, 'DATE', '2025-09-29');
  g.date('the past two years', undefined, 'DURATION', 'P2Y');
  g.date('earlier this month', undefined, 'DATE', '2025-09', { interval: ['2025-09-01', '2025-09-30'] });
  g.date('next week', undefined, 'DATE', '2025-W41');
  g.date('within [[days]]', undefined, 'DURATION', 'PXD');
  g.date('Sunday', undefined, 'DATE', '2025-09-28');
  g.date('monthly', undefined, 'SET', 'P1M');
  g.date('November', undefined, 'DATE', '2025-11');
  g.date('the coming weeks', undefined, 'DATE', 'FUTURE_REF');

  const lead = g.claim({
    source: whitfield, sourceSpan: 'Laura Whitfield', cue: 'Whitfield [[said]]',
    content: 'The United States has given Mexico until October 15 to halt the flow of Chinese steel routed through Mexican ports or face a 25 percent tariff on all Mexican steel and aluminium',
  });
  g.claim({ source: whitfield, sourceSpan: '[[Whitfield]] told', cue: 'told reporters', mode: 'mixed', content: 'the administration had “run out of patience” after eight months of talks' });
  g.claim({
    source: whitfield, sourceSpan: '[[she]] said', cue: 'she [[said]]', mode: 'direct',
    content: 'We have shown the evidence, we have offered a framework,” she said, “and now we need to see the shipments stop',
  });
  g.claim({ source: whitfield, sourceSpan: '[[she]] added', cue: 'added', content: 'If the deadline passes without action, the duties would take effect the following Monday' });
  g.claim({ source: iturbide, sourceSpan: 'Raúl Iturbide', cue: 'condemned', mode: 'mixed', content: 'the threat as “a unilateral measure that violates the letter and spirit of our agreement' });
  g.claim({ source: iturbide, sourceSpan: 'Raúl Iturbide', cue: 'and [[said]] Mexico', mode: 'mixed', content: 'Mexico would respond “proportionately” if the tariffs were imposed' });
  g.claim({ source: iturbide, sourceSpan: '[[He]] called for', cue: 'called for', content: 'the dispute to be referred to a binational panel rather than settled by deadline' });
  g.claim({
    source: mexico, sourceKind: 'anonymous', sourceSpan: 'two Mexican officials familiar with the talks', cue: 'According to', cueClass: 'according-to', hedged: true,
    content: 'the government has already drawn up a list of American farm goods, including pork and corn syrup, that could be targeted in retaliation',
  });
  g.claim({ sourceSpan: 'Reports', cue: 'suggest', cueClass: 'belief', hedged: true, content: 'the list was shared with Canadian counterparts late last week' });
  g.claim({ source: canada, sourceSpan: 'Ottawa', cue: 'expressed concern', hedged: true, content: 'the quarrel could unravel the three-country pact before its scheduled review next year' });
  g.claim({ source: dhaliwal, sourceSpan: 'Priya Dhaliwal', cue: 'Dhaliwal, [[said]]', mode: 'mixed', content: 'she had spoken to both sides on Monday and urged them to “step back from the edge' });
  g.claim({ source: china, sourceKind: 'anonymous', sourceSpan: 'A spokesman for China’s commerce ministry', cue: 'said only', mode: 'mixed', content: 'Chinese companies “abide by the laws of the countries where they operate' });
  g.claim({ source: aisi, sourceSpan: 'The [[American Iron and Steel Institute]]', cue: 'welcomed', content: 'welcomed [[the deadline]]' });
  g.claim({ source: aisi, sourceSpan: 'The [[American Iron and Steel Institute]]', cue: 'calling', mode: 'mixed', content: 'it “long overdue' });
  g.claim({ source: dolan, sourceSpan: 'Mark Dolan', cue: 'Dolan, [[said]]', content: 'imports of Mexican steel had risen by nearly a third over the past two years while domestic mills were cutting shifts' });
  g.claim({
    sourceSpan: 'Economists', cue: 'believe', cueClass: 'belief', hedged: true,
    content: 'the tariffs would hit carmakers on both sides of the border, since many components cross it several times before final assembly',
  });
  g.claim({
    source: peterson, sourceSpan: 'A study by the Peterson Institute', cue: 'estimated', cueClass: 'evidence',
    content: 'a 25 percent duty would add about $1,100 to the price of a mid-size car assembled in the region',
  });
  g.claim({ sourceSpan: 'Officials in both capitals', cue: 'capitals [[said]]', hedged: true, content: 'a partial agreement on customs inspections could be reached within days' });
  g.claim({ source: whitfield, sourceSpan: 'Whitfeld', cue: 'cautioned', mode: 'mixed', content: '“partial” would not be enough' });
  g.claim({ source: canacero, sourceSpan: 'Canacero', cue: 'said in a statement', content: 'its members would publish monthly origin data from November' });

  g.stance({ holder: us, target: mexico, targetText: 'Mexico', polarity: 'oppose', kind: 'threaten', cue: 'has given Mexico until October 15' });
  g.stance({ holder: iturbide, target: us, targetText: 'the threat', polarity: 'oppose', kind: 'condemn', cue: 'condemned' });
  g.stance({ holder: iturbide, targetText: 'the dispute to be referred to a binational panel', polarity: 'support', kind: 'call-for', cue: 'called for' });
  g.stance({ holder: canada, targetText: 'the quarrel', polarity: 'oppose', kind: 'express-concern', cue: 'expressed concern' });
  g.stance({ holder: dhaliwal, targetText: 'step back from the edge', polarity: 'support', kind: 'appeal', cue: 'urged' });
  g.stance({ holder: china, targetText: 'the accusations', polarity: 'neutral', kind: 'refrain', cue: 'refused to comment' });
  g.stance({ holder: aisi, targetText: 'the deadline', polarity: 'support', kind: 'welcome', cue: 'welcomed' });

  g.deadline({
    issuer: us, target: mexico, cue: 'Mexico [[until]] October', demand: 'halt the flow of Chinese steel routed through Mexican ports',
    consequence: 'face a 25 percent tariff on all Mexican steel and aluminium', due: '2025-10-15', status: 'pending', claim: lead,
  });
  return g.write();
}
