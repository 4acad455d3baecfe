import { createGold } from '../lib.mjs';

export default function build() {
  const g = createGold('merger-shipping-regulators', { date: '2025-05-20', dateSource: 'dateline' });
  const copenhagen = g.entity('Copenhagen', 'GPE', ['COPENHAGEN', { all: 'Copenhagen' }]);
  const denmark = g.entity('Denmark', 'GPE', [['Danish', 'demonym']]);
  const nordhavn = g.entity('Nordhavn Line', 'ORG', ['Nordhavn Line', { all: 'Nordhavn', kind: 'alias', except: ['[[Nordhavn]] Line'] }]);
  const germany = g.entity('Germany', 'GPE', [['German', 'demonym']]);
  const elbe = g.entity('Elbe Container Lines', 'ORG', ['Elbe Container Lines', { all: 'Elbe', kind: 'alias', except: ['[[Elbe]] Container'] }]);
  const eu = g.entity('European Union', 'ORG', [['[[European]] approval', 'demonym'], ['tensions with [[Brussels]]', 'metonym']]);
  const commission = g.entity('European Commission', 'ORG', [
    'European Commission', { all: 'Commission', kind: 'alias', except: ['European [[Commission]]', 'Maritime [[Commission]]'] }, ['from [[Brussels]]', 'metonym'],
  ]);
  const lindqvist = g.entity('Sofie Lindqvist', 'PERSON', ['Sofie Lindqvist', ['Lindqvst', 'misspelling']], [
    { title: 'chief executive', org: nordhavn, span: g.at('Nordhavn [[chief executive]]') },
  ]);
  const varga = g.entity('Elena Varga', 'PERSON', ['Elena Varga'], [{ title: 'Competition Commissioner', org: commission, span: g.at('Competition Commissioner') }]);
  const europe = g.entity('Europe', 'LOC', ['Europe']);
  const med = g.entity('Mediterranean', 'LOC', ['Mediterranean']);
  const esc = g.entity('European Shippers’ Council', 'ORG', ['European Shippers’ Council']);
  const uk = g.entity('United Kingdom', 'GPE', [['Britain', 'alias']]);
  const cma = g.entity('Competition and Markets Authority', 'ORG', ['Competition and Markets Authority']);
  const china = g.entity('China', 'GPE', ['China', ['Beijing', 'metonym'], ['Chinese', 'demonym']]);
  const samr = g.entity('State Administration for Market Regulation', 'ORG', ['State Administration for Market Regulation']);
  const washington = g.entity('Washington', 'GPE', ['Washington']);
  const fmc = g.entity('Federal Maritime Commission', 'ORG', ['Federal Maritime Commission']);
  const hamburg = g.entity('Hamburg', 'GPE', [{ all: 'Hamburg' }]);
  const kohlhaas = g.entity('Jens Kohlhaas', 'PERSON', ['Jens Kohlhaas', '[[Kohlhaas]] said'], [
    { title: 'chief executive', org: elbe, span: g.at('Elbe [[chief executive]]') },
    { title: 'deputy chief', span: g.at('deputy chief') },
  ]);
  const frankfurt = g.entity('Frankfurt', 'GPE', ['Frankfurt']);
  void [copenhagen, denmark, germany, eu, europe, med, uk, cma, china, washington, hamburg, frankfurt];

  g.date('Tuesday', 1, 'DATE', '2025-05-20');
  g.date('June 12', undefined, 'DATE', '2025-06-12');
  g.date('four months', undefined, 'DURATION', 'P4M');
  g.date('November', undefined, 'DATE', '2024-11');
  g.date('a week', undefined, 'DURATION', 'P1W');
  g.date('earlier this month', undefined, 'DATE', '2025-05', { interval: ['2025-05-01', '2025-05-20'] });
  g.date('last Thursday', undefined, 'DATE', '2025-05-15');
  g.date('three years', undefined, 'DURATION', 'P3Y');
  g.date('April', undefined, 'DATE', '2025-04');
  g.date('two years', undefined, 'DURATION', 'P2Y', { mod: 'EQUAL_OR_MORE' });
  g.date('March 31, 2026', undefined, 'DATE', '2026-03-31');
  g.date('Tuesday', 2, 'DATE', '2025-05-20');
  g.date('the coming weeks', undefined, 'DATE', 'FUTURE_REF');
  g.date('the end of the year', undefined, 'DATE', '2025', { mod: 'END' });

  g.claim({
    sourceSpan: 'Danish shipping group Nordhavn Line and its German rival Elbe Container Lines', sourceKind: 'named', cue: 'Lines [[said]]',
    content: 'they had offered to sell six vessels and two terminal stakes to win European approval for their $9 billion merger',
  });
  const insiders = g.claim({
    sourceSpan: 'people familiar with the process', cue: 'according to', cueClass: 'according-to', hedged: true,
    content: 'the competition regulator will move to an in-depth probe that could last four months or longer',
  });
  g.claim({ source: lindqvist, sourceSpan: 'Sofie Lindqvist', cue: 'told reporters', mode: 'mixed', content: 'the offer was “substantial and final' });
  g.claim({
    source: lindqvist, sourceSpan: '[[she]] said', cue: 'she [[said]]', mode: 'direct',
    content: 'We have gone further than any carrier has gone before,” she said, “and we expect a fair hearing on that basis',
  });
  g.claim({
    source: varga, sourceSpan: 'Elena Varga', cue: 'Varga [[said]]', mode: 'mixed',
    content: 'the Commission was “looking very closely” at routes between northern Europe and the Mediterranean, where the combined company would control close to 40 percent of slots',
  });
  g.claim({ sourceSpan: 'Freight forwarders', cue: 'condemned', content: 'the merger as a step toward higher rates' });
  g.claim({ source: esc, sourceSpan: 'The [[European Shippers’ Council]]', cue: 'called for', content: 'the Commission to block the deal outright' });
  g.claim({ source: esc, sourceSpan: 'The [[European Shippers’ Council]]', cue: 'arguing', mode: 'direct', content: 'no package of ship sales can restore the competition this merger removes' });
  g.claim({ sourceSpan: 'analysts', cue: 'believe', cueClass: 'belief', hedged: true, content: 'its review could be slowed by trade tensions with Brussels' });
  g.claim({ source: fmc, sourceSpan: 'Federal Maritime Commission', cue: 'welcomed', content: 'the companies’ pledge to keep their transatlantic services separate for three years' });
  g.claim({ sourceSpan: 'Reports', cue: 'suggest', cueClass: 'belief', hedged: true, content: 'the agency had privately pressed for that commitment during talks in April' });
  g.claim({ sourceSpan: 'Unions in Hamburg', cue: 'expressed concern', content: 'the future of about 1,200 jobs at Elbe’s headquarters' });
  g.claim({ source: kohlhaas, sourceSpan: 'Jens Kohlhaas', cue: 'group, [[said]]', content: 'no redundancies were planned for at least two years' });
  g.claim({
    source: kohlhaas, sourceSpan: '[[Kohlhaas]] said', cue: 'Kohlhaas [[said]]', mode: 'direct',
    content: 'Hamburg is not a branch office,” Kohlhaas said. “It stays at the heart of this company',
  });
  g.claim({
    sourceSpan: 'A banker advising one of the companies, who asked not to be named', cue: 'named, [[said]]', mode: 'mixed',
    content: 'the break fee had been set high “to make sure nobody loses their nerve',
  });
  g.claim({ source: lindqvist, sourceSpan: 'Lindqvst', cue: 'Lindqvst [[said]]', content: 'she expected a decision from Brussels in the coming weeks' });
  g.claim({ sourceSpan: g.at('[[the companies]] hope'), cue: 'hope', cueClass: 'belief', sourceKind: 'named', hedged: true, content: 'to complete the deal by the end of the year' });

  g.stance({ holder: null, targetText: 'the merger', polarity: 'oppose', kind: 'condemn', cue: 'condemned' });
  g.stance({ holder: esc, target: commission, targetText: 'the Commission to block the deal outright', polarity: 'support', kind: 'call-for', cue: 'called for' });
  g.stance({ holder: varga, targetText: 'whether the remedies were enough', polarity: 'neutral', kind: 'refrain', cue: 'declined to say' });
  g.stance({ holder: samr, targetText: null, polarity: 'neutral', kind: 'refrain', cue: 'declined to comment' });
  g.stance({ holder: fmc, targetText: 'the companies’ pledge to keep their transatlantic services separate', polarity: 'support', kind: 'welcome', cue: 'welcomed' });
  g.stance({ holder: null, targetText: 'the future of about 1,200 jobs at Elbe’s headquarters', polarity: 'oppose', kind: 'express-concern', cue: 'expressed concern' });

  g.deadline({
    issuer: commission, target: nordhavn, cue: 'Nordhavn, which formally notified the deal, [[until]]', demand: 'show that the remedies resolve its doubts',
    consequence: 'the competition regulator will move to an in-depth probe that could last four months or longer',
    due: '2025-06-12', status: 'pending', hedged: false, claim: insiders,
  });
  g.deadline({
    issuer: null, target: null, cue: 'approvals [[by]] March', demand: 'obtain all approvals',
    consequence: 'either side may walk away, with Nordhavn then owing Elbe a break fee of $350 million',
    due: '2026-03-31', status: 'pending',
  });
  return g.write();
}
