// Authoring script for fixtures/deadline-sentences.{txt,gold.json}: the sentences and their
// annotations are written here by hand; offsets are computed, never typed.
// Run: node scripts/gold/deadlines.mjs
import { writeFileSync } from 'node:fs';

const DATE = '2025-05-12';
const addDays = (iso, n) => new Date(Date.parse(iso + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10);

// Entities referenced as issuer/target: key → name, type, mention strings (all occurrences are marked).
const ENTITIES = {
  ec: ['European Commission', 'ORG', ['European Commission']],
  meta: ['Meta', 'ORG', ['Meta']],
  owens: ['Patricia Owens', 'PERSON', ['Patricia Owens']],
  denver: ['Denver', 'GPE', ['Denver']],
  teamsters: ['Teamsters', 'ORG', ['Teamsters']],
  ups: ['UPS', 'ORG', ['UPS']],
  hamas: ['Hamas', 'ORG', ['Hamas']],
  fifa: ['FIFA', 'ORG', ['FIFA']],
  eff: ['Ecuadorian Football Federation', 'ORG', ['Ecuadorian Football Federation']],
  boeing: ['Boeing', 'ORG', ['Boeing']],
  faa: ['Federal Aviation Administration', 'ORG', ['Federal Aviation Administration']],
  nvidia: ['Nvidia', 'ORG', ['Nvidia']],
  us: ['United States', 'GPE', [['Washington', 'metonym']]],
  venezuela: ['Venezuela', 'GPE', [['Caracas', 'metonym']]],
  greece: ['Greece', 'GPE', ['Greece']],
  senate: ['Senate', 'ORG', ['Senate']],
  rcn: ['Royal College of Nursing', 'ORG', ['Royal College of Nursing']],
  vw: ['Volkswagen', 'ORG', ['Volkswagen']],
  milei: ['Javier Milei', 'PERSON', ['Javier Milei']],
  sec: ['Securities and Exchange Commission', 'ORG', ['Securities and Exchange Commission']],
  coinbase: ['Coinbase', 'ORG', ['Coinbase']],
  mugambi: ['Lawrence Mugambi', 'PERSON', ['Lawrence Mugambi']],
  kenya: ['Kenya', 'GPE', [['Kenyan', 'demonym']]],
  pl: ['Premier League', 'ORG', ['Premier League']],
  ofcom: ['Ofcom', 'ORG', ['Ofcom']],
  hmrc: ['HM Revenue and Customs', 'ORG', ['HM Revenue and Customs']],
  wada: ['World Anti-Doping Agency', 'ORG', ['World Anti-Doping Agency']],
  rusada: ['RUSADA', 'ORG', ['RUSADA']],
  iran: ['Iran', 'GPE', ['Iran']],
  chelsea: ['Chelsea', 'ORG', ['Chelsea']],
  amazon: ['Amazon', 'ORG', ['Amazon']],
  thailand: ['Thailand', 'GPE', [['Thai', 'demonym']]],
  apple: ['Apple', 'ORG', ['Apple']],
  igm: ['IG Metall', 'ORG', ['IG Metall']],
  france: ['France', 'GPE', ['France']],
  russia: ['Russia', 'GPE', ['Russia']],
  fed: ['Federal Reserve', 'ORG', ['Federal Reserve']],
  wells: ['Wells Fargo', 'ORG', ['Wells Fargo']],
  ncaa: ['NCAA', 'ORG', ['NCAA']],
  trump: ['Donald Trump', 'PERSON', ['Trump']],
  congress: ['Congress', 'ORG', ['Congress']],
  uaw: ['United Auto Workers', 'ORG', ['United Auto Workers']],
  stellantis: ['Stellantis', 'ORG', ['Stellantis']],
  israel: ['Israel', 'GPE', ['Israel']],
  hezbollah: ['Hezbollah', 'ORG', ['Hezbollah']],
  ec2: ['Electoral Commission', 'ORG', ['Electoral Commission']],
  libdems: ['Liberal Democrats', 'ORG', ['Liberal Democrats']],
  nippon: ['Nippon Steel', 'ORG', ['Nippon Steel']],
  ussteel: ['U.S. Steel', 'ORG', ['U.S. Steel']],
  greenpeace: ['Greenpeace', 'ORG', ['Greenpeace']],
  ukraine: ['Ukraine', 'GPE', ['Ukraine']],
};

// [sentence, annotation]: cue, issuer, target, demand, consequence, duration, due | latest (dueLatest
// with dueEarliest = document date when the start is unknown), status, hedged.
const D = (s, a) => ({ s, a });
const DEADLINES = [
  D('The European Commission has given Meta until June 30 to change how it handles user consent or face fines of up to 6% of its global turnover.',
    { cue: 'until', issuer: 'ec', target: 'meta', demand: 'change how it handles user consent', consequence: 'face fines of up to 6% of its global turnover', due: '2025-06-30' }),
  D('Judge Patricia Owens gave the city of Denver 30 days to submit a new plan for its homeless shelters.',
    { cue: '30 days', issuer: 'owens', target: 'denver', demand: 'submit a new plan for its homeless shelters', duration: 'P30D', latest: 30 }),
  D('The Teamsters union set a deadline of midnight Friday for UPS to present a revised contract offer, failing which its members will walk off the job.',
    { cue: 'deadline', issuer: 'teamsters', target: 'ups', demand: 'present a revised contract offer', consequence: 'its members will walk off the job', due: '2025-05-16' }),
  D('Hamas has 72 hours to respond to the ceasefire proposal, according to mediators.',
    { cue: '72 hours', target: 'hamas', demand: 'respond to the ceasefire proposal', duration: 'PT72H', latest: 3, hedged: true }),
  D('FIFA has ordered the Ecuadorian Football Federation to pay the fine within 60 days or face a points deduction.',
    { cue: 'within', issuer: 'fifa', target: 'eff', demand: 'pay the fine', consequence: 'face a points deduction', duration: 'P60D', latest: 60 }),
  D('Boeing must deliver its safety report by Sept. 1, the Federal Aviation Administration said on Friday.',
    { cue: 'by', issuer: 'faa', target: 'boeing', demand: 'deliver its safety report', due: '2025-09-01', hedged: true }),
  D('Shareholders have until 5 p.m. on Thursday to tender their shares under the revised offer.',
    { cue: 'until', demand: 'tender their shares under the revised offer', due: '2025-05-15' }),
  D('Nvidia’s $2 billion offer for the chip designer expires on May 30, and the board has not yet responded.',
    { cue: 'expires', issuer: 'nvidia', due: '2025-05-30' }),
  D('Washington issued an ultimatum to Caracas on Friday: release the detained Americans within a week or face new oil sanctions.',
    { cue: 'ultimatum', issuer: 'us', target: 'venezuela', demand: 'release the detained Americans', consequence: 'face new oil sanctions', duration: 'P1W', due: '2025-05-16' }),
  D('Tenants must file their claims no later than July 15, the housing authority said.',
    { cue: 'no later than', demand: 'file their claims', due: '2025-07-15', hedged: true }),
  D('The deadline for Greece to repay the loan was extended to Oct. 31.',
    { cue: 'deadline', target: 'greece', demand: 'repay the loan', due: '2025-10-31', status: 'extended' }),
  D('The Senate has until Friday to pass the spending bill or the government will shut down.',
    { cue: 'until', target: 'senate', demand: 'pass the spending bill', consequence: 'the government will shut down', due: '2025-05-16' }),
  D('The Royal College of Nursing gave the hospital trust 48 hours to reinstate the dismissed nurses.',
    { cue: '48 hours', issuer: 'rcn', demand: 'reinstate the dismissed nurses', duration: 'PT48H', latest: 2 }),
  D('Under the settlement, Volkswagen must complete the recall within 90 days.',
    { cue: 'within', target: 'vw', demand: 'complete the recall', duration: 'P90D', latest: 90 }),
  D('Argentina’s President Javier Milei gave provincial governors two weeks to approve the budget pact.',
    { cue: 'two weeks', issuer: 'milei', demand: 'approve the budget pact', duration: 'P2W', latest: 14 }),
  D('The Securities and Exchange Commission ordered Coinbase to hand over the documents by May 23.',
    { cue: 'by', issuer: 'sec', target: 'coinbase', demand: 'hand over the documents', due: '2025-05-23' }),
  D('Justice Lawrence Mugambi gave the Kenyan government until June 3 to respond to the petition.',
    { cue: 'until', issuer: 'mugambi', target: 'kenya', demand: 'respond to the petition', due: '2025-06-03' }),
  D('The Premier League has set a June 2 deadline for clubs to submit their spending plans.',
    { cue: 'deadline', issuer: 'pl', demand: 'submit their spending plans', due: '2025-06-02' }),
  D('Ofcom said it would give the broadcaster 28 days to comply with the order, after which it could revoke its licence.',
    { cue: '28 days', issuer: 'ofcom', demand: 'comply with the order', consequence: 'it could revoke its licence', duration: 'P28D', noBound: true, hedged: true }),
  D('HM Revenue and Customs reminded sole traders that their returns must be filed by January 31.',
    { cue: 'by', issuer: 'hmrc', demand: 'their returns must be filed', due: '2026-01-31' }),
  D('The World Anti-Doping Agency gave RUSADA until the end of the month to provide the laboratory data.',
    { cue: 'until', issuer: 'wada', target: 'rusada', demand: 'provide the laboratory data', due: '2025-05-31' }),
  D('Iran has been told it must resume cooperation with inspectors within 10 days or face a referral to the UN Security Council.',
    { cue: 'within', target: 'iran', demand: 'resume cooperation with inspectors', consequence: 'face a referral to the UN Security Council', duration: 'P10D', latest: 10 }),
  D('The ultimatum expires at midnight on Wednesday.',
    { cue: 'ultimatum expires', due: '2025-05-14' }),
  D('Hungary has two months to bring its asylum rules in line with EU law, the European Court of Justice ruled.',
    { cue: 'two months', issuer: 'ecj', target: 'hungary', demand: 'bring its asylum rules in line with EU law', duration: 'P2M', latest: 'P2M', hedged: true }),
  D('Chelsea were given until Wednesday to register the new signing with the league.',
    { cue: 'until', target: 'chelsea', demand: 'register the new signing with the league', due: '2025-05-14' }),
  D('Negotiators face a Saturday deadline to agree on a text before the climate summit ends.',
    { cue: 'deadline', demand: 'agree on a text', due: '2025-05-17' }),
  D('Amazon has 45 days to respond to the complaint filed by the Federal Trade Commission.',
    { cue: '45 days', target: 'amazon', demand: 'respond to the complaint filed by the Federal Trade Commission', duration: 'P45D', latest: 45 }),
  D('The Thai government set a deadline of June 15 for all foreign workers to register.',
    { cue: 'deadline', issuer: 'thailand', demand: 'register', due: '2025-06-15' }),
  D('Apple was ordered to open its App Store to rival payment systems within 90 days or pay a daily penalty.',
    { cue: 'within', target: 'apple', demand: 'open its App Store to rival payment systems', consequence: 'pay a daily penalty', duration: 'P90D', latest: 90 }),
  D('IG Metall threatened to strike unless employers improve their wage offer by May 23.',
    { cue: 'by', issuer: 'igm', demand: 'improve their wage offer', consequence: 'strike', due: '2025-05-23' }),
  D('France gave Russia until Sunday to accept a 30-day ceasefire or face tougher sanctions.',
    { cue: 'until', issuer: 'france', target: 'russia', demand: 'accept a 30-day ceasefire', consequence: 'face tougher sanctions', due: '2025-05-18' }),
  D('The Federal Reserve gave Wells Fargo until the end of the year to fix its risk controls.',
    { cue: 'until', issuer: 'fed', target: 'wells', demand: 'fix its risk controls', due: '2025-12-31' }),
  D('Lawmakers must pass the mining law by Aug. 17, the minister said.',
    { cue: 'by', demand: 'pass the mining law', due: '2025-08-17', hedged: true }),
  D('The NCAA gave the university 14 days to respond to the allegations.',
    { cue: '14 days', issuer: 'ncaa', demand: 'respond to the allegations', duration: 'P14D', latest: 14 }),
  D('Within 30 days of the ruling, the company must notify every affected customer.',
    { cue: 'Within', demand: 'notify every affected customer', duration: 'P30D', latest: 30 }),
  D('The deadline for public comments on the proposed pipeline closes on June 9.',
    { cue: 'deadline', demand: 'public comments on the proposed pipeline', due: '2025-06-09' }),
  D('Applications for the relief fund must be submitted no later than 11:59 p.m. on May 31.',
    { cue: 'no later than', demand: 'Applications for the relief fund must be submitted', due: '2025-05-31' }),
  D('Trump gave Congress a July 4 deadline to send the tax bill to his desk.',
    { cue: 'deadline', issuer: 'trump', target: 'congress', demand: 'send the tax bill to his desk', due: '2025-07-04' }),
  D('The United Auto Workers told Stellantis it had until Thursday night to make a better offer, or workers at three plants would walk out.',
    { cue: 'until', issuer: 'uaw', target: 'stellantis', demand: 'make a better offer', consequence: 'workers at three plants would walk out', due: '2025-05-15' }),
  D('The window for filing objections to the merger closes on Friday.',
    { cue: 'window', demand: 'filing objections to the merger', due: '2025-05-16' }),
  D('Israel has reportedly given Hezbollah a one-week deadline to pull its fighters back from the border.',
    { cue: 'deadline', issuer: 'israel', target: 'hezbollah', demand: 'pull its fighters back from the border', duration: 'P1W', latest: 7, hedged: true }),
  D('The Electoral Commission ordered the Liberal Democrats to submit their audited accounts by June 20 or lose their registration.',
    { cue: 'by', issuer: 'ec2', target: 'libdems', demand: 'submit their audited accounts', consequence: 'lose their registration', due: '2025-06-20' }),
  D('Nippon Steel has until June 18 to complete its takeover of U.S. Steel under the terms of the national security agreement.',
    { cue: 'until', target: 'nippon', demand: 'complete its takeover of U.S. Steel', due: '2025-06-18' }),
  D('Greenpeace must pay the damages within 60 days, the North Dakota court ruled.',
    { cue: 'within', target: 'greenpeace', demand: 'pay the damages', duration: 'P60D', latest: 60, hedged: true }),
  D('A deadline for Hamas to release the remaining hostages passed on Saturday without a deal.',
    { cue: 'deadline', target: 'hamas', demand: 'release the remaining hostages', due: '2025-05-10', status: 'expired' }),
  D('Ukraine met the April 30 deadline to sign the minerals agreement.',
    { cue: 'deadline', target: 'ukraine', demand: 'sign the minerals agreement', due: '2025-04-30', status: 'met' }),
];
ENTITIES.ecj = ['European Court of Justice', 'ORG', ['European Court of Justice']];
ENTITIES.hungary = ['Hungary', 'GPE', ['Hungary']];

const NEGATIVES = [
  'Deadline Hollywood first reported the casting news on Tuesday.',
  'The Senate vote on the nominee is scheduled for Friday.',
  'Her deadline-driven newsroom culture was praised by former colleagues.',
  'The summit will take place in Geneva on June 3.',
  'The company reported revenue of $4 billion for the quarter ending March 31.',
  'Farmers in the region usually plant their corn by the middle of May.',
  'The film opens in theaters on July 11.',
  'Officials met for two weeks before agreeing to the framework.',
  'The ceasefire has held for 48 hours despite sporadic shelling.',
  'The museum will remain closed until Friday for renovations.',
  'Consumer prices rose by 3% in April.',
  'The reporter filed her story minutes before the deadline last night.',
  'The minister has served in the cabinet for two years.',
  'Inflation is expected to fall below 3% by the end of the year.',
  'The band will tour Europe until the end of August.',
  'He has 20 years of experience in the oil industry.',
  'The pipeline is expected to be completed within three years.',
  'Last year, the company missed a filing deadline and paid a small fine.',
  'The talks lasted until late Thursday night.',
  'Applications for the scholarship opened on Monday.',
  'Traders will watch the central bank’s decision on Wednesday.',
  'The novel The Deadline was published in 2019.',
  'She had until then worked as a teacher in Lagos.',
  'Rescue teams reached the survivors within hours of the earthquake.',
  'The festival runs until June 8 and expects 200,000 visitors.',
];

const header = `date ${DATE}\n\n`;
const paras = [...DEADLINES.map((d) => d.s), ...NEGATIVES];
const text = header + paras.join('\n\n') + '\n';

const span = (from, sub, base) => {
  const i = from.indexOf(sub);
  if (i < 0) throw new Error(`not found: ${JSON.stringify(sub)} in ${JSON.stringify(from)}`);
  if (from.indexOf(sub, i + 1) >= 0 && sub.length < 6) console.warn(`ambiguous ${sub} in ${from.slice(0, 50)}`);
  return { start: base + i, end: base + i + sub.length, text: sub };
};

// Entities: every whole-word occurrence of each mention string.
const ids = new Map();
const entities = [];
for (const [key, [name, type, ms]] of Object.entries(ENTITIES)) {
  const mentions = [];
  for (const m of ms) {
    const [str, kind] = Array.isArray(m) ? m : [m, 'name'];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${str.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of text.matchAll(re)) mentions.push({ start: hit.index, end: hit.index + str.length, text: str, kind });
  }
  if (!mentions.length) throw new Error(`no mention of ${name}`);
  mentions.sort((a, b) => a.start - b.start);
  const id = `e${entities.length + 1}`;
  ids.set(key, id);
  entities.push({ id, name, type, mentions, roles: [], rule: 'gold', confidence: 1, evidence: { start: mentions[0].start, end: mentions[0].end, text: mentions[0].text } });
}

const deadlines = DEADLINES.map(({ s, a }, i) => {
  const base = text.indexOf(s);
  const ref = (k) => (k ? ids.get(k) ?? (() => { throw new Error(`no entity ${k}`); })() : null);
  let due = a.due ?? null;
  let dueEarliest = null;
  let dueLatest = null;
  if (a.latest !== undefined) {
    dueEarliest = DATE;
    dueLatest = a.latest === 'P2M' ? '2025-07-12' : addDays(DATE, a.latest);
  }
  if (a.noBound) dueEarliest = addDays(DATE, 28);
  const status = a.status ?? (due && due < DATE ? 'expired' : 'pending');
  return {
    id: `dl${i + 1}`,
    issuer: ref(a.issuer),
    target: ref(a.target),
    cue: span(s, a.cue, base),
    demand: a.demand ? span(s, a.demand, base) : null,
    consequence: a.consequence ? span(s, a.consequence, base) : null,
    duration: a.duration ?? null,
    due,
    dueEarliest,
    dueLatest,
    status,
    hedged: !!a.hedged,
    claim: null,
    rule: 'gold',
    confidence: 1,
    evidence: { start: base, end: base + s.length, text: s },
  };
});

const gold = { id: 'deadline-sentences', date: DATE, dateSource: 'header', annotated: ['deadlines'], entities, dates: [], deadlines, stances: [], claims: [] };
writeFileSync(new URL('../../fixtures/deadline-sentences.txt', import.meta.url), text);
writeFileSync(new URL('../../fixtures/deadline-sentences.gold.json', import.meta.url), JSON.stringify(gold, null, 2) + '\n');
console.log(`${deadlines.length} deadlines, ${NEGATIVES.length} negatives, ${entities.length} entities`);
