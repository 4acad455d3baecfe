/**
 * THE cue lexicon, shared by claims and stances: one entry per cue lemma or phrase. A cue may
 * signal a claim (speech, belief, evidence, according-to), a stance (kind and polarity), or both
 * ("condemn", "accuse"). Users extend it through `cues.claim` / `cues.stance` in the config.
 * Verb phrases are written in the lemma form ("express concern over"); the index inflects the first word.
 */
import type { CueClass } from '../schema/claim.js';

export type CuePos = 'verb' | 'noun' | 'adj' | 'prep';
export type Polarity = 'support' | 'oppose' | 'neutral';

export interface CueEntry {
  readonly phrase: string;
  readonly pos: CuePos;
  /** `past`: a claim only in the past tense ("backed Clinton" reports an endorsement; "voters who back her" a standing preference). */
  /** `framed`: a claim only before punctuation or a quotation ("“…,” she continued.", "he went on:"). */
  readonly claim?: { readonly cueClass: CueClass; readonly hedged: boolean; readonly past?: boolean; readonly framed?: boolean };
  readonly stance?: { readonly kind: string; readonly polarity: Polarity; readonly inverse?: boolean };
}

const words = (s: string) => s.trim().split(/\s*,\s*/).filter(Boolean);

/** Verbs of saying that are neutral as to stance. */
const SPEECH = words(`say, tell, express, voice, add, write, declare, announce, report, note, explain, argue, insist,
  claim, assert, contend, acknowledge, admit, concede, confirm, deny, reveal, disclose, recall, reply,
  respond, answer, ask, tweet, predict, comment, remark, observe, point out, emphasize, stress, caution,
  complain, boast, testify, describe, cite, question, mention, joke, quip, shout, tout, lament, counter,
  retort, conclude, inform, assure, advise, remind, repeat, reiterate, echo, proclaim, brag, speculate,
  hint, concede, contend, swear, allege, clarify, elaborate, specify, stipulate, whisper, quote,
  post, characterize, describe, dismiss, acknowledge, estimate, predict, announce, explain, recount,
  affirm, declare, muse, call, decline, refer to, learn, discuss, talk about, speak about, speak of, mock, ridicule,
  highlight, downplay, liken, label, point to, rail against, bemoan, outline, detail, lay out, reference, chant, sing,
  pitch, encourage, promote, tease, vow, boast, concede, contend, scoff, marvel, lament, insist that, recount,
  mention, acknowledge, opine, posit, put it, make clear, make it clear,
  yell, scream, exclaim, implore, plead, concur, reason, surmise, theorize, forecast, project, go on to say,
  weigh in, chime in, push back, fire back, shoot back, hit back, chalk up, sum up, brief, relay, recite, vouch,
  acknowledged, attest, contend that, preach, lecture, pontificate, gush, rave, rant, grumble, moan, gripe, fret,
  portray, deem, press for, request, retweet, invoke, compare, continue to say, continue to insist,
  signal, state, imply, insinuate, acknowledge that, predict that, wager, bet, guarantee, assure, certify, confess, divulge, leak`);

/** Verbs of belief, desire and perception: claims of the belief class; most hedge. */
const BELIEF_HEDGED = words(`believe, think, suspect, fear, expect, guess, assume, doubt, feel, reckon,
  presume, imagine, suggest, seem, appear, speculate, anticipate, estimate, worry, wonder,
  sense, figure, foresee, envision, hypothesize, question whether, consider, regard`);
const BELIEF_PLAIN = words(`want, hope, wish, plan, intend, realize, insist on, understand, recognize, prefer, seek,
  decide, remember, forget, trust, agree that, see, perceive, notice, discover, determine,
  conclude that, accept that, love, hate, admire, resent, dread`);

/** Evidence: documents, polls and findings that "show". */
const EVIDENCE = words(`show, find, indicate, demonstrate, document, confirm, reveal, illustrate`);

/** Stance verbs that also report what someone said (PolNeAR counts them as cues). */
const SPEECH_STANCE: readonly [string, string, Polarity][] = [
  ['condemn', 'condemn', 'oppose'], ['denounce', 'condemn', 'oppose'], ['deplore', 'condemn', 'oppose'],
  ['criticize', 'criticise', 'oppose'], ['criticise', 'criticise', 'oppose'], ['blast', 'criticise', 'oppose'],
  ['slam', 'criticise', 'oppose'], ['decry', 'condemn', 'oppose'], ['assail', 'criticise', 'oppose'],
  ['excoriate', 'criticise', 'oppose'], ['berate', 'criticise', 'oppose'], ['scold', 'criticise', 'oppose'],
  ['deride', 'criticise', 'oppose'], ['chastise', 'criticise', 'oppose'], ['bash', 'criticise', 'oppose'],
  ['take aim at', 'criticise', 'oppose'], ['lash out at', 'criticise', 'oppose'], ['go after', 'criticise', 'oppose'],
  ['question', 'criticise', 'oppose'], ['challenge', 'reject', 'oppose'], ['rebuke', 'criticise', 'oppose'], ['lambast', 'criticise', 'oppose'],
  ['lambaste', 'criticise', 'oppose'], ['censure', 'criticise', 'oppose'], ['chide', 'criticise', 'oppose'],
  ['attack', 'attack', 'oppose'], ['accuse', 'accuse', 'oppose'], ['blame', 'accuse', 'oppose'],
  ['charge', 'accuse', 'oppose'], ['threaten', 'threaten', 'oppose'], ['warn', 'warn', 'oppose'],
  ['reject', 'reject', 'oppose'], ['oppose', 'reject', 'oppose'], ['protest', 'protest', 'oppose'],
  ['demand', 'demand', 'oppose'], ['dispute', 'reject', 'oppose'], ['refute', 'reject', 'oppose'],
  ['disagree with', 'reject', 'oppose'], ['express concern over', 'express-concern', 'oppose'],
  ['express concern about', 'express-concern', 'oppose'], ['voice concern over', 'express-concern', 'oppose'],
  ['voice concern about', 'express-concern', 'oppose'], ['express alarm at', 'express-concern', 'oppose'],
  ['raise concerns about', 'express-concern', 'oppose'],
  ['praise', 'praise', 'support'], ['hail', 'praise', 'support'], ['applaud', 'praise', 'support'],
  ['commend', 'praise', 'support'], ['laud', 'praise', 'support'], ['thank', 'praise', 'support'],
  ['congratulate', 'praise', 'support'], ['welcome', 'welcome', 'support'], ['endorse', 'back', 'support'],
  ['back', 'back', 'support'], ['support', 'back', 'support'], ['defend', 'back', 'support'],
  ['call for', 'call-for', 'support'], ['call on', 'appeal', 'support'], ['urge', 'appeal', 'support'],
  ['appeal to', 'appeal', 'support'], ['appeal for', 'appeal', 'support'], ['plead with', 'appeal', 'support'],
  ['promise', 'promise', 'support'], ['pledge', 'promise', 'support'], ['vow', 'threaten', 'oppose'],
  ['agree', 'agree', 'support'], ['propose', 'propose', 'support'], ['recommend', 'call-for', 'support'],
  ['offer', 'offer', 'support'], ['invite', 'cooperate', 'support'], ['apologize to', 'reconcile', 'support'],
  ['refuse', 'reject', 'oppose'],
];

/** Stance-only cues: actions of cooperation and conflict (event coding), and neutral abstention. */
const ACTION_STANCE: readonly [string, string, Polarity][] = [
  ...words(`meet, meet with, visit, host, talk with, hold talks with, consult, confer with, negotiate with,
    negotiate, cooperate, cooperate with, collaborate with, sign, ratify, mediate, reconcile with, ally with,
    shake hands with, embrace, receive, strengthen ties with, deepen ties with, build ties with,
    normalize relations with, improve relations with, partner with, join forces with`).map((w) => [w, w.startsWith('meet') || w === 'visit' || w === 'host' || w === 'receive' ? 'meet' : w.startsWith('sign') || w === 'ratify' ? 'agree' : w.includes('negotiat') || w.includes('talk') || w.includes('consult') || w.includes('confer') || w === 'mediate' ? 'negotiate' : 'cooperate', 'support'] as [string, string, Polarity]),
  ...words(`aid, help, assist, provide, supply, donate, grant, give, lend, send, send aid to, extend, release, free,
    pardon, lift sanctions on, ease sanctions on, restore ties with, recognize, accept, approve, allow,
    invest in, sell, export, deliver, forgive, reopen, resume`).map((w) => [w, 'aid', 'support'] as [string, string, Polarity]),
  ...words(`strike, bomb, shell, invade, kill, shoot, raid, assault, ambush, besiege, occupy, annex, fire at,
    fire on, launch attacks on, target, seize, capture, abduct, kidnap, hijack, arrest, detain, jail,
    imprison, execute, torture, deport, expel, evict, oust, overthrow, depose, fight, clash with, wage war on,
    battle, harass, intimidate, punish, retaliate against, invade, destroy, massacre, storm, wound, beat, beat up,
    demolish, bulldoze, blow up, hack, hack into, torture, violate, force, prevent, disperse, crack down on, expel, summon,
    launch fire against, open fire on, take hostage, hold hostage, shun, impose a curfew on, impose a curfew in`).map((w) => [w, 'attack', 'oppose'] as [string, string, Polarity]),
  ...words(`sanction, impose sanctions on, boycott, ban, bar, embargo, blockade, block, veto, suspend, sever,
    cut ties with, freeze, halt aid to, withdraw from, sue, indict, prosecute, confiscate,
    break off relations with, recall ambassador from, issue an ultimatum to, demonstrate against,
    rally against, march against, strike against, riot against, mobilize against, deploy troops to, close,
    close borders with, renege on, dismiss, snub, denounce, withhold, cancel, stage rallies against,
    protest against, mobilize`).map((w) => [w, 'sanction', 'oppose'] as [string, string, Polarity]),
  ['lift', 'aid', 'support'], ['pay', 'aid', 'support'], ['compensate', 'aid', 'support'], ['call off', 'concede', 'support'], ['ease', 'aid', 'support'], ['concede', 'concede', 'support'], ['yield to', 'concede', 'support'],
  // An order is a demand put on its object ("a judge ordered the agency to reinstate staff"), not an attack.
  ['order', 'demand', 'oppose'],
  ['evacuate', 'aid', 'support'], ['hand over', 'aid', 'support'], ['extradite', 'cooperate', 'support'], ['share', 'cooperate', 'support'],
  ['upgrade', 'cooperate', 'support'], ['withdraw', 'retreat', 'support'], ['pull out of', 'retreat', 'support'], ['demobilize', 'retreat', 'support'],
  ['lobby against', 'protest', 'oppose'], ['campaign against', 'protest', 'oppose'], ['lobby for', 'call-for', 'support'], ['campaign for', 'call-for', 'support'],
  ['refrain from', 'refrain', 'neutral'], ['decline to take sides', 'refrain', 'neutral'], ['decline to take a position', 'refrain', 'neutral'], ['abstain', 'refrain', 'neutral'], ['abstain from', 'refrain', 'neutral'],
  ['stay out of', 'refrain', 'neutral'], ['remain neutral', 'refrain', 'neutral'], ['stay neutral', 'refrain', 'neutral'],
];

/** Adjective phrases that state a position ("is skeptical of"). */
const ADJ_STANCE: readonly [string, string, Polarity][] = [
  ['skeptical of', 'express-concern', 'oppose'], ['sceptical of', 'express-concern', 'oppose'],
  ['wary of', 'express-concern', 'oppose'], ['critical of', 'criticise', 'oppose'], ['opposed to', 'reject', 'oppose'],
  ['hostile to', 'reject', 'oppose'], ['concerned about', 'express-concern', 'oppose'],
  ['concerned over', 'express-concern', 'oppose'], ['alarmed by', 'express-concern', 'oppose'],
  ['supportive of', 'back', 'support'], ['in favor of', 'back', 'support'], ['in favour of', 'back', 'support'],
  ['neutral on', 'refrain', 'neutral'], ['neutral in', 'refrain', 'neutral'],
];

/** Adjectives of conviction and feeling that take a clause ("is convinced that", "were frustrated that"). */
const BELIEF_ADJ = words(`convinced, confident, certain, aware, unaware, adamant, insistent, determined, worried, concerned,
  afraid, fearful, hopeful, optimistic, pessimistic, doubtful, skeptical, sceptical, frustrated, angry, upset, disappointed,
  pleased, glad, surprised`);
const HEDGED_ADJ = new Set(words(`worried, concerned, afraid, fearful, hopeful, optimistic, pessimistic, doubtful, skeptical, sceptical`));

/** Nouns that introduce a claim ("the claim that", "concern that") or carry a stance ("condemnation of"). */
const CLAIM_NOUNS = words(`claim, belief, view, assertion, allegation, accusation, suggestion, fear, concern,
  hope, warning, argument, insistence, promise, pledge, speculation, rumor,
  suspicion, worry, conviction, assurance, admission, acknowledgment, prediction,
  estimate, impression, assessment, finding, contention, complaint, doubt`);
// "complaints that the levy is unfair", "there is little doubt that the dam will hold": right in 5 of 8 on PolNeAR.
// ("assumption" and "point" were right in half, "statement" in 2 of 7: left out.)
// Left out: "report", "statement", "charge", "expectation", "sense" before "that" more often name a
// document, an offence or a feeling than credit a claim (under a third right on the dev corpus).
// Not claim nouns: "evidence that", "signs that", "the notion that", "consensus that" state how things
// stand rather than credit a source with a claim, and PARC-style annotation rarely marks them.
const HEDGED_NOUNS = new Set(words(`belief, suggestion, fear, speculation, rumor, suspicion,
  impression, estimate, prediction, view, worry, concern, doubt`));

const NOUN_STANCE: readonly [string, string, Polarity][] = [
  ['condemnation', 'condemn', 'oppose'], ['criticism', 'criticise', 'oppose'], ['accusation', 'accuse', 'oppose'],
  ['threat', 'threaten', 'oppose'], ['warning', 'warn', 'oppose'], ['ultimatum', 'threaten', 'oppose'],
  ['deadline', 'threaten', 'oppose'], ['sanctions', 'sanction', 'oppose'], ['tariffs', 'sanction', 'oppose'], ['tariff', 'sanction', 'oppose'], ['appeal', 'appeal', 'support'],
  ['appeals', 'appeal', 'support'], ['plea', 'appeal', 'support'], ['call', 'call-for', 'support'],
  ['calls', 'call-for', 'support'], ['support', 'back', 'support'], ['demand', 'demand', 'oppose'], ['demands', 'demand', 'oppose'],
  ['suspension', 'sanction', 'oppose'], ['boycott', 'sanction', 'oppose'], ['ban', 'sanction', 'oppose'], ['embargo', 'sanction', 'oppose'],
  ['curfew', 'sanction', 'oppose'], ['attack', 'attack', 'oppose'], ['attacks', 'attack', 'oppose'], ['invitation', 'cooperate', 'support'],
  ['aid', 'aid', 'support'], ['meeting', 'meet', 'support'], ['rally', 'protest', 'oppose'], ['rallies', 'protest', 'oppose'],
  ['demonstration', 'protest', 'oppose'], ['demonstrations', 'protest', 'oppose'], ['talks', 'negotiate', 'support'], ['agreement', 'agree', 'support'], ['backing', 'back', 'support'],
  ['praise', 'praise', 'support'], ['opposition', 'reject', 'oppose'], ['protest', 'protest', 'oppose'],
  ['concern', 'express-concern', 'oppose'], ['alarm', 'express-concern', 'oppose'], ['skepticism', 'express-concern', 'oppose'],
];

// "invite" and "thank" mostly name an act ("invited guests", "thanked voters"); "know" and "publish" are left out of
// the claim verbs for the same reason: what someone knows or published is seldom reported as their claim.
// ("know" before a clause, "Voters know that …", measured attr F1 +.00013 but is a no-claim in test/claims.test.ts.)
const NOT_SPEECH = new Set(['invite']);
/** Forms of claim verbs that are nouns far more often ("battleground states", "state law"): never a claim-only cue. */
export const NOUN_FORMS: ReadonlySet<string> = Object.freeze(new Set(['state', 'states']));
/**
 * Forms of claim verbs that far more often report perception, intention or a noun than a claim:
 * "officers saw him leave", "has seen its biggest boom", "the thought of", "they planned to move",
 * "the plan offers relief" (a present "offer" names what something provides; "offered to" stays a claim),
 * "a report on the audit" (the bare "report" is mostly the noun; "reports that" and "reported" stay claims).
 * Measured on the dev corpus: under a third of each were attributions.
 */
export const NOT_CLAIM_FORMS: ReadonlySet<string> = Object.freeze(new Set(['saw', 'seen', 'thought', 'planned', 'offer', 'offers', 'report']));
/**
 * "32% of claims, compared to 11%": a participle right before these words is a preposition;
 * "voters showing up", "showed off the hat", "adds up to": a phrasal verb that reports nothing. No claim-only cue there.
 */
export const NOT_CUE_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = Object.freeze(new Map([
  ['compared', Object.freeze(new Set(['to', 'with']))],
  ...['show', 'shows', 'showed', 'shown', 'showing'].map((w) => [w, Object.freeze(new Set(['up', 'off']))] as const),
  // "adds to the drama", "what adds up to a majority": a sum, not a speaker going on.
  ...['add', 'adds', 'added', 'adding'].map((w) => [w, Object.freeze(new Set(['up', 'to']))] as const),
  // "the think tank Third Way", "think twice before": a compound noun and an idiom, no belief reported.
  ['think', Object.freeze(new Set(['tank', 'tanks', 'twice']))],
]));
/** Positions taken ("backed Clinton", "attacked the plan"): claims in the past tense only (see `past`). */
const PAST_ONLY = new Set(['back', 'support', 'attack', 'thank']);

function build(): readonly CueEntry[] {
  const map = new Map<string, { phrase: string; pos: CuePos; claim?: CueEntry['claim']; stance?: CueEntry['stance'] }>();
  const get = (phrase: string, pos: CuePos) => {
    const key = `${pos}:${phrase}`;
    let e = map.get(key);
    if (!e) map.set(key, (e = { phrase, pos }));
    return e;
  };
  for (const w of SPEECH) get(w, 'verb').claim = { cueClass: 'speech', hedged: w === 'allege' || w === 'speculate' };
  for (const w of BELIEF_HEDGED) get(w, 'verb').claim = { cueClass: 'belief', hedged: true };
  for (const w of BELIEF_PLAIN) get(w, 'verb').claim = { cueClass: 'belief', hedged: false };
  for (const w of EVIDENCE) get(w, 'verb').claim = { cueClass: 'evidence', hedged: false };
  for (const [w, kind, polarity] of SPEECH_STANCE) {
    const e = get(w, 'verb');
    if (PAST_ONLY.has(w)) e.claim ??= { cueClass: w === 'attack' ? 'speech' : 'belief', hedged: false, past: true };
    else if (!NOT_SPEECH.has(w)) e.claim ??= { cueClass: 'speech', hedged: false };
    e.stance = { kind, polarity };
  }
  for (const [w, kind, polarity] of ACTION_STANCE) get(w, 'verb').stance ??= { kind, polarity };
  // Directives and rulings reported in the past ("the judge ordered that", "the court ruled that", "emailed reporters").
  for (const w of ['order', 'rule', 'email']) get(w, 'verb').claim ??= { cueClass: 'speech', hedged: false, past: true };
  // "“…,” she continued.", "He went on: …": verbs that go on speaking only when a quotation or a colon frames them.
  // "The sign read: …", "“…,” she interjected.": the same for what a text reads and for an interjection.
  for (const w of ['continue', 'go on', 'read', 'interject']) get(w, 'verb').claim ??= { cueClass: 'speech', hedged: false, framed: true };
  // "X has raised alarm bells in Y": Y holds the stance, X is its target.
  for (const w of ['raise alarm bells in', 'raise alarm in', 'spark alarm in', 'raise eyebrows in', 'cause alarm in', 'alarm']) get(w, 'verb').stance = { kind: 'express-concern', polarity: 'oppose', inverse: true };
  for (const [w, kind, polarity] of ADJ_STANCE) get(w, 'adj').stance = { kind, polarity };
  for (const w of BELIEF_ADJ) get(w, 'adj').claim = { cueClass: 'belief', hedged: HEDGED_ADJ.has(w) };
  // "is critical of the plan": a stated position toward its object (PolNeAR marks over half of these).
  for (const w of ['critical of', 'skeptical of', 'sceptical of', 'wary of', 'supportive of']) get(w, 'adj').claim = { cueClass: 'belief', hedged: false };
  for (const w of CLAIM_NOUNS) get(w, 'noun').claim = { cueClass: w === 'finding' ? 'evidence' : HEDGED_NOUNS.has(w) ? 'belief' : 'speech', hedged: HEDGED_NOUNS.has(w) };
  for (const [w, kind, polarity] of NOUN_STANCE) get(w, 'noun').stance = { kind, polarity };
  get('according to', 'prep').claim = { cueClass: 'according-to', hedged: false };
  return Object.freeze([...map.values()].map((e) => Object.freeze(e)));
}

export const CUE_LEXICON: readonly CueEntry[] = build();
