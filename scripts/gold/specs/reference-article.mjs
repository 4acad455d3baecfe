import { createGold } from '../lib.mjs';

export default function build() {
  const g = createGold('reference-article', { date: '2025-06-21', dateSource: 'header' });
  const israel = g.entity('Israel', 'GPE', [{ all: 'Israel' }, { all: 'Israeli', kind: 'demonym' }]);
  const iran = g.entity('Iran', 'GPE', [{ all: 'Iran' }, { all: 'Iranian', kind: 'demonym' }, { all: 'Tehran', kind: 'metonym' }]);
  const us = g.entity('United States', 'GPE', [
    { all: 'United States' }, { all: 'U.S.', kind: 'alias' }, { all: 'Washington', kind: 'metonym' }, { all: 'American', kind: 'demonym' },
  ]);
  const pakistan = g.entity('Pakistan', 'GPE', [{ all: 'Pakistan' }, { all: 'Islamabad', kind: 'metonym' }]);
  const munir = g.entity('Asim Munir', 'PERSON', ['Asim Munir'], [
    { title: 'Chief of Army Staff', org: pakistan, span: 'Chief of Army Staff' },
    { title: 'General', org: pakistan, span: g.at('[[General]] Asim') },
  ]);
  const trump = g.entity('Donald Trump', 'PERSON', [['Trum', 'misspelling'], 'Donald Trump', 'the [[Trump]] administration'], [
    { title: 'President', org: us, span: g.at('[[President]] Trum') },
    { title: 'President', org: us, former: true, span: g.at('[[former President]] Donald') },
  ]);
  const whiteHouse = g.entity('White House', 'FAC', [['Whitehous', 'misspelling']]);
  const republican = g.entity('Republican', 'NORP', ['Republican']);
  const middleEast = g.entity('Middle East', 'LOC', ['Middle East']);
  const oman = g.entity('Oman', 'GPE', ['Oman']);
  const balochistan = g.entity('Balochistan', 'LOC', ['Balochistan']);
  const afghanistan = g.entity('Afghanistan', 'GPE', ['Afghanistan', ['Kabul', 'metonym']]);
  const taliban = g.entity('Taliban', 'ORG', ['Taliban']);
  const india = g.entity('India', 'GPE', ['India', ['New Delhi', 'metonym'], ['Indian', 'demonym']]);
  const indoPacific = g.entity('Indo-Pacific', 'LOC', ['Indo-Pacific']);
  const china = g.entity('China', 'GPE', ['China']);
  void [munir, whiteHouse, republican, middleEast, oman, balochistan, taliban, indoPacific, china];

  // Dates: "earlier this month" is before the document date within June 2025.
  g.date('Earlier this month', undefined, 'DATE', '2025-06', { interval: ['2025-06-01', '2025-06-21'] });
  g.date('recent years', undefined, 'DATE', 'PAST_REF');
  g.date('two-week', undefined, 'DURATION', 'P2W');
  g.date('recently', undefined, 'DATE', 'PAST_REF');
  g.date('earlier this month', undefined, 'DATE', '2025-06', { interval: ['2025-06-01', '2025-06-21'] });
  g.date('the coming days', undefined, 'DATE', 'FUTURE_REF');
  g.date('The coming days', undefined, 'DATE', 'FUTURE_REF');

  // Claims (issue 6: the nine attributions).
  g.claim({ sourceSpan: 'observers', cue: 'believe', cueClass: 'belief', content: 'Iran and regional security topped the agenda', hedged: true });
  const reports = g.claim({
    sourceSpan: 'Reports', cue: 'suggest', cueClass: 'belief', hedged: true,
    content: 'former President Donald Trump, who remains highly influential in shaping Republican foreign policy narratives, has issued a two-week deadline for Iran to return to diplomatic talks or face consequences',
  });
  g.claim({ source: iran, sourceSpan: '[[Tehran]], for its part', cue: 'has [[condemned]] the strikes', content: 'the strikes as violations of sovereignty' });
  g.claim({ source: iran, sourceSpan: '[[Tehran]], for its part', cue: 'accused', content: 'Washington of backing Israeli aggression under the guise of diplomacy' });
  g.claim({ source: pakistan, sourceSpan: '[[Islamabad]] has condemned', cue: 'Islamabad has [[condemned]]', content: 'the Israeli strikes' });
  g.claim({ source: pakistan, sourceSpan: '[[Islamabad]] has condemned', cue: 'called for', content: 'a peaceful resolution to the conflict' });
  g.claim({
    source: pakistan, sourceKind: 'anonymous', sourceSpan: 'Pakistan’s security establishment', cue: 'There is [[concern]]', cueClass: 'belief', hedged: true,
    content: 'a destabilized Iran could embolden extremist groups operating along their shared border—particularly in the restive Balochistan region, where Pakistan has already been battling separatist and jihadist factions',
  });
  g.claim({ sourceSpan: 'regional analysts', cue: 'According to', cueClass: 'according-to', content: 'Kabul is closely watching Islamabad’s next steps before making any commitments of its own' });
  g.claim({ source: india, sourceSpan: '[[India]] has expressed', cue: 'expressed concern', content: 'the apparent thaw in U.S.–Pakistan relations' });

  // Stances (issue 7).
  g.stance({ holder: israel, target: us, targetText: 'Washington', polarity: 'support', kind: 'appeal', cue: 'appeals' });
  g.stance({ holder: iran, target: israel, targetText: 'the strikes', polarity: 'oppose', kind: 'condemn', cue: 'has [[condemned]] the strikes' });
  g.stance({ holder: iran, target: us, targetText: 'Washington', polarity: 'oppose', kind: 'accuse', cue: 'accused' });
  g.stance({ holder: pakistan, target: israel, targetText: 'the Israeli strikes', polarity: 'oppose', kind: 'condemn', cue: 'Islamabad has [[condemned]]', modality: 'publicly' });
  g.stance({ holder: pakistan, target: null, targetText: 'a peaceful resolution to the conflict', polarity: 'support', kind: 'call-for', cue: 'called for', modality: 'publicly' });
  g.stance({ holder: afghanistan, target: null, targetText: 'the conflict', polarity: 'neutral', kind: 'refrain', cue: 'refrained from taking a clear position' });
  g.stance({ holder: india, target: null, targetText: 'the apparent thaw in U.S.–Pakistan relations', polarity: 'oppose', kind: 'express-concern', cue: 'expressed concern' });
  g.stance({ holder: india, target: us, targetText: 'Washington’s military engagements with Islamabad', polarity: 'oppose', kind: 'skeptical', cue: 'skeptical' });
  g.stance({ holder: india, target: null, targetText: 'renewed defense cooperation between Pakistan and the U.S.', polarity: 'oppose', kind: 'express-concern', cue: 'raised alarm bells' });
  g.stance({ holder: trump, target: iran, targetText: 'Iran', polarity: 'oppose', kind: 'threaten', cue: 'issued a two-week deadline', hedged: true });

  // The one deadline: reported ("reports suggest"), issued no later than the document date.
  g.deadline({
    issuer: trump, target: iran, cue: 'deadline', demand: 'return to diplomatic talks', consequence: 'face consequences',
    duration: 'P2W', due: null, dueEarliest: '2025-06-21', dueLatest: '2025-07-05', status: 'pending', hedged: true, claim: reports,
  });
  return g.write();
}
