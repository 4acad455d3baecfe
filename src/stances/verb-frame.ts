/**
 * Stances from verb and adjective cues in one sentence: the subject holds the stance toward the
 * object ("Tehran condemned the strikes"); "was condemned by X" swaps them; "X and Y agreed" makes
 * two stances, each toward the other; a coordinated verb ("... and accused Washington") keeps the
 * subject of the verb before it; negation and refusal ("refused to condemn") make it neutral.
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Extraction } from '../schema/result.js';
import type { CueHit, CueEntry } from '../cues/index.js';
import { modifiersBefore, nounPhraseAfter, subjectBefore, withPostModifier, type Modifiers, type Phrase, type Subject } from '../cues/frame.js';
import { agentBy, inConditional, isPassive } from '../cues/clause.js';
import { insideInlineQuote } from '../cues/quotes.js';
import { entitiesIn } from '../cues/entities.js';
import { adjunctHolder, clauseHolder, holderOf, speakerOf, verbBeforeHolder, withNameListStart, type Holder } from './holder.js';
import { hedgedByClaim, modalityBefore } from './context.js';
import { targetAfter, type Target } from './target.js';
import type { StanceCandidate } from './types.js';
import { refusalToSpeak } from './refusal.js';
import { noAct } from './no-act.js';
import { continues, nextCoordinated } from './coordination.js';
import { asideSubject, subjectAcrossDashes } from './subject.js';
import { NEEDS_PARTY, recipient, ultimatumAfter, type Ultimatum } from './material.js';
import { DENY } from './lexicon.js';
import { antecedentObject, conditionParty, otherParty, placeOnly, unlessParty } from './parties.js';
import { clauseObject, demandAfterPronoun, unlessAct, positionOn, reasonStop, REASON_KINDS, toCourt, withAntecedent, withheld } from './object.js';

type Records = Readonly<Partial<Extraction>>;

const OBLIGED = /^(must|should|ought)$/;
/** Kinds said of an object, never between the parties of a compound subject ("X and Y condemned the move"). */
const ONE_WAY: ReadonlySet<string> = new Set(['condemn', 'criticise', 'praise', 'welcome', 'back', 'call-for', 'appeal', 'express-concern', 'reject', 'warn', 'threaten', 'accuse', 'protest', 'refrain', 'demand']);
/** Stance kinds that hold both ways between the parties. */
const MUTUAL = new Set(['negotiate']);

export function verbStances(doc: Document, records: Records, sentence: Sentence, hits: readonly CueHit[], pos: 'verb' | 'adj'): StanceCandidate[] {
  const toks = sentence.tokens;
  const entities = records.entities;
  const out: StanceCandidate[] = [];
  let last: Holder | null = null;
  let ultimatumSeen = false;
  let judged = ''; // the kind of the last cue of blame or praise earlier in the sentence
  let objectEnd = -1; // where the object of the last cue with a holder ends
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const stance = hit.entry.stance;
    const afterJudgement = judged;
    if (stance && REASON_KINDS.has(stance.kind)) judged = stance.kind;
    if (!stance || hit.entry.pos !== pos) continue;
    if (insideInlineQuote(doc, toks, hit.from) || inConditional(toks, hit.from)) continue;
    // "refused to condemn X": the refusal is stated by the inner cue, negated.
    if (toks[hit.to]?.norm === 'to' && hits[h + 1]?.from === hit.to + 1 && hits[h + 1]!.entry.stance && /^(refus|declin|fail)/.test(hit.head)) continue;
    // "refused to comment" is no rejection: stances/no-comment makes it a neutral refrain.
    if (refusalToSpeak(toks, hit.from)) continue;
    // "threatened to deliver blows to X": the threatened act is part of the threat, not a favour.
    const outer = hits[h - 1];
    if (outer?.entry.stance?.kind === 'threaten' && toks[hit.from - 1]?.norm === 'to' && outer.to === hit.from - 1 && stance.polarity === 'support') continue;
    const before = modifiersBefore(toks, hit.from);
    const gerund = hit.head.endsWith('ing');
    // "accused Hamas of violating the truce", "criticised the board for refusing": the act is what the cue charges
    // or praises, not a stance of its holder.
    const prep = toks[before.groupStart - 1]?.norm;
    if (gerund && afterJudgement && (prep === 'for' || (prep === 'of' && afterJudgement === 'accuse'))) continue;
    // "Iran denied sending weapons", "avoided criticising X", "stopped short of endorsing X": the act is negated.
    const m = gerund && (DENY.test(toks[before.groupStart - 1]?.norm ?? '') || withheld(toks, before.groupStart)) ? { ...before, negated: true } : before;
    // "the rebels must withdraw": an obligation put on the subject is someone else's demand (stances/demand-modal).
    if (toks.slice(m.groupStart, hit.from).some((t) => OBLIGED.test(t.norm))) continue;
    const unless = unlessAct(toks, stance.kind, m.groupStart, hit.from);
    const stop = reasonStop(toks, stance.kind, hit.to, nextCoordinated(toks, hits, h));
    // "condemned Russia's missile strikes ... and called for": a cue inside the object does not take over the subject.
    const inObject = hit.from < objectEnd;
    let holder: Holder | null = null;
    let target: Target;
    const subj = subjectBefore(toks, hit.from) ?? subjectAcrossDashes(toks, m.groupStart);
    // "was condemned by X", and the reduced "a lunch hosted by X".
    if (pos === 'verb' && (isPassive(toks, hit.from) || (toks[hit.to]?.norm === 'by' && toks[hit.from]!.tags.includes('PastTense')))) {
      const by = agentBy(toks, hit.to);
      const np = by >= 0 ? nounPhraseAfter(toks, by + 1) : null;
      // "accused by Y of treason": the charge is no part of the agent.
      const agent = np ? { ...np, to: reasonStop(toks, stance.kind, np.from, np.to) } : null;
      // "Hungary, criticised by Brussels for its veto, said …": a reduced passive aside on the sentence's subject
      // targets it (not one on a later noun: "a ship in the channel, disputed by A and B").
      const subject = subj ?? (toks[m.groupStart - 1]?.norm === ',' && m.groupStart === hit.from ? asideSubject(toks, m.groupStart - 1) : null);
      if (!agent || !subject || ultimatumAfter(toks, hit.from, hit.to, toks.length)) continue;
      holder = holderOf(doc, records, toks, agent);
      const t = entitiesIn(entities, toks, subject)[0];
      target = { target: t?.entity.id ?? null, targetText: doc.text.slice(toks[subject.from]!.start, toks[subject.to - 1]!.end) };
    } else if (stance.inverse) {
      const obj = targetAfter(doc, entities, sentence, hit.to, stop);
      const sub = subj ? entitiesIn(entities, toks, subj)[0] : undefined;
      if (!obj.target) continue;
      holder = { ids: [obj.target], text: obj.targetText ?? '' };
      target = { target: sub?.entity.id ?? null, targetText: subj ? doc.text.slice(toks[subj.from]!.start, toks[subj.to - 1]!.end) : null };
      if (!target.target && !target.targetText) continue;
    } else {
      if (subj) holder = holderOf(doc, records, toks, withNameListStart(records, toks, subj.antecedent ?? subj)) ?? speakerOf(doc, records, toks, subj, hit.from) ?? postModifiedHolder(doc, records, toks, subj, toks[hit.from]!.tags.includes('Gerund'));
      else if (continues(toks, m)) holder = last ?? verbBeforeHolder(doc, records, toks, m.groupStart - 1);
      else if (/ing$/.test(hit.head) && toks[hit.from]!.tags.includes('Gerund')) holder = adjunctHolder(doc, records, toks, m.groupStart) ?? last ?? clauseHolder(doc, records, toks, hit.from);
      // "began a hunger strike to protest against X": a purpose clause's holder is the clause's subject.
      else if (toks[m.groupStart - 1]?.norm === 'to' && /^(protest|demand|condemn|denounce)/.test(hit.head)) holder = clauseHolder(doc, records, toks, m.groupStart - 1);
      // "refrained from taking a position on the plan": the target is the plan.
      const on = stance.kind === 'refrain' ? positionOn(toks, hit.to, stop) : stance.kind === 'appeal' ? demandAfterPronoun(toks, hit.to) : -1;
      target = targetAfter(doc, entities, sentence, on > 0 ? on : hit.to, stop, stance.kind === 'threaten' || stance.kind === 'attack' || stance.kind === 'sanction');
      // "a policy that Albanese defended", "the plan which Iran rejected": the object is the relative's antecedent.
      if (!target.target && !target.targetText && subj) target = antecedentObject(doc, entities, toks, subj.from) ?? target;
    }
    if (!holder || !holder.ids.length) continue;
    if (!inObject) {
      last = holder;
      objectEnd = stop;
    }
    // "warned that debt could rise" reports a prediction (a claim), not a position toward anyone; "warned Iran", "warned that Iran would pay" are.
    // (", warning that …" after an ultimatum is addressed to its receiver, and is kept.)
    // A warning with a condition on a party is addressed to it: "warned that strikes would follow unless Acme improved its offer".
    if (stance.kind === 'warn' && !target.target && !(toks[m.groupStart - 1]?.norm === ',' && ultimatumSeen) && clauseObject(toks, hit.to)) {
      const party = conditionParty(entities, toks, hit.to, holder.ids);
      if (!party) continue;
      target = { ...target, target: party };
    }
    // "said it would appeal to the Supreme Court": a legal appeal is no plea.
    if (stance.kind === 'appeal' && toCourt(target.targetText)) continue;
    // "will strike on Monday", "will close two plants in Ohio", "conceded the vote was lost": no act toward anyone.
    if (noAct(toks, hit.head, stance.kind, hit.from, hit.to, target.target, target.targetText)) continue;
    const cue = doc.span(toks[hit.from]!.start, toks[hit.to - 1]!.end);
    const base = draft(hit.entry, m, cue, records, sentence, unless >= 0);
    const evidence = { holderText: holder.text };
    // A threat held over the party of the "unless" clause when the act names none ("… unless Serbia dismantles").
    if (unless >= 0 && !target.target) target = { ...target, target: unlessParty(entities, toks, unless) };
    // "offered to host talks in Beijing", "met in Geneva": where an interaction happens is no party to it.
    if (NEEDS_PARTY.has(base.kind) && target.target && placeOnly(entities, toks, hit.to, stop, target.target)) target = { ...target, target: null };
    if (stance.kind === 'aid' && unless < 0) {
      const ultimatum = ultimatumAfter(toks, hit.from, hit.to, toks.length);
      if (ultimatum) {
        ultimatumSeen = true;
        if (ultimatum.end > 0) out.push(...threats(doc, entities, toks, hit.from, ultimatum, holder, { ...base, ...evidence }).map((t) => withAntecedent(t, out)));
        continue;
      }
      const id = recipient(entities, toks, hit.from, hit.to, stop);
      if (!id) continue;
      target = { ...target, target: id, also: [] };
    } else if (NEEDS_PARTY.has(base.kind) && !target.target && holder.ids.length < 2) continue;
    if (!target.target && holder.ids.length > 1 && !ONE_WAY.has(stance.kind)) {
      // "Chilean and Peruvian envoys agreed": each party toward the other (not "was condemned by X and Y").
      for (const a of holder.ids) for (const b of holder.ids) if (a !== b) out.push({ ...base, ...evidence, holder: a, target: b, targetText: target.targetText });
      continue;
    }
    const { also = [], ...one } = target;
    // "urged his supporters", "reneged on his commitment to Zambians": past the holder's own possession, another party or none.
    if (one.target && holder.ids.includes(one.target) && /^(his|her|its|their|our)\b/i.test(one.targetText ?? '')) {
      one.target = otherParty(entities, toks, hit.to, stop, holder.ids);
      // "would sell his flats": an act that needs a party has none left once the owner is set aside.
      if (!one.target && NEEDS_PARTY.has(base.kind)) continue;
    }
    for (const id of holder.ids) {
      if (id !== one.target) out.push({ ...base, ...evidence, holder: id, ...one });
      // "A held talks with B": meeting, negotiating and cooperating are mutual.
      if (one.target && id !== one.target && MUTUAL.has(stance.kind) && !base.negated) out.push({ ...base, holderText: one.targetText ?? '', holder: one.target, target: id, targetText: holder.text });
      for (const t of also) if (t !== id) out.push({ ...base, ...evidence, holder: id, ...one, target: t });
    }
  }
  return out;
}

/** "gave X until D to do Y or face Z": the giver threatens X; the cue runs from the verb through the consequence. */
function threats(doc: Document, entities: Records['entities'], toks: readonly Token[], verb: number, u: Ultimatum, holder: Holder, base: Omit<StanceCandidate, 'holder' | 'target' | 'targetText'>): StanceCandidate[] {
  const object = u.object ? entitiesIn(entities, toks, u.object)[0]?.entity.id ?? null : null;
  const targetText = u.object ? doc.text.slice(toks[u.object.from]!.start, toks[u.object.to - 1]!.end) : null;
  const cue = doc.span(toks[verb]!.start, toks[u.end - 1]!.end);
  const kind = { kind: 'threaten', polarity: base.negated ? ('neutral' as const) : ('oppose' as const), cue };
  return holder.ids.filter((id) => id !== object).map((id) => ({ ...base, ...kind, holder: id, target: object, targetText }));
}

/** `threat`: the act is held over a party ("will withdraw unless …"), a threat whatever its own kind. */
function draft(entry: CueEntry, m: Modifiers, cue: StanceCandidate['cue'], records: Records, sentence: Sentence, threat = false) {
  const stance = entry.stance!;
  return {
    polarity: m.negated ? ('neutral' as const) : threat ? ('oppose' as const) : stance.polarity,
    kind: threat ? 'threaten' : stance.kind,
    cue,
    negated: m.negated,
    hedged: m.hedged || hedgedByClaim(records.claims, cue.start),
    modality: m.modality ?? modalityBefore(sentence, cue.start),
  };
}

/**
 * "a group based in Trinidad claims": the subject's head comes before a participle phrase. Not for
 * a relative pronoun ("the minister who signed"), nor across a finite verb with its object ("Mbala
 * said the rebels must withdraw": "said" is no participle modifying "the rebels").
 */
function postModifiedHolder(doc: Document, records: Records, toks: readonly Token[], subject: Subject, gerund: boolean): Holder | null {
  if (subject.antecedent || /^(who|which|that)$/.test(toks[subject.from]!.norm)) return null;
  // ("issued a declaration demanding": a participle cue on the object is the issuer's, and is kept.)
  const before = toks[subject.from - 1];
  if (!gerund && before && before.tags.includes('PastTense') && !before.tags.includes('Gerund')) return null;
  return holderOf(doc, records, toks, withPostModifier(toks, subject, 0));
}
