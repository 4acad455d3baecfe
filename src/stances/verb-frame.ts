/**
 * Stances from verb and adjective cues in one sentence: the subject holds the stance toward the
 * object ("Tehran condemned the strikes"); "was condemned by X" swaps them; "X and Y agreed" makes
 * two stances, each toward the other; a coordinated verb ("... and accused Washington") keeps the
 * subject of the verb before it; negation and refusal ("refused to condemn") make it neutral.
 */
import type { Document, Sentence, Token } from '../doc/document.js';
import type { Extraction } from '../schema/result.js';
import type { CueHit, CueEntry } from '../cues/index.js';
import { modifiersBefore, nounPhraseAfter, subjectBefore, withPostModifier, type Modifiers, type Phrase } from '../cues/frame.js';
import { agentBy, inConditional, isPassive } from '../cues/clause.js';
import { insideInlineQuote } from '../cues/quotes.js';
import { entitiesIn } from '../cues/entities.js';
import { hedgedByClaim, modalityBefore } from './context.js';
import { clauseEnd, targetAfter, type Target } from './target.js';
import type { StanceCandidate } from './types.js';

type Records = Readonly<Partial<Extraction>>;

/** Stance kinds that hold both ways between the parties. */
const MUTUAL = new Set(['negotiate']);

interface Holder {
  ids: string[];
  text: string;
}

export function verbStances(doc: Document, records: Records, sentence: Sentence, hits: readonly CueHit[], pos: 'verb' | 'adj'): StanceCandidate[] {
  const toks = sentence.tokens;
  const entities = records.entities;
  const out: StanceCandidate[] = [];
  let last: Holder | null = null;
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const stance = hit.entry.stance;
    if (!stance || hit.entry.pos !== pos) continue;
    if (insideInlineQuote(doc, toks, hit.from) || inConditional(toks, hit.from)) continue;
    // "refused to condemn X": the refusal is stated by the inner cue, negated.
    if (toks[hit.to]?.norm === 'to' && hits[h + 1]?.from === hit.to + 1 && hits[h + 1]!.entry.stance && /^(refus|declin|fail)/.test(hit.head)) continue;
    // "threatened to deliver blows to X": the threatened act is part of the threat, not a favour.
    const outer = hits[h - 1];
    if (outer?.entry.stance?.kind === 'threaten' && toks[hit.from - 1]?.norm === 'to' && outer.to === hit.from - 1 && stance.polarity === 'support') continue;
    const m = modifiersBefore(toks, hit.from);
    const stop = nextCoordinated(toks, hits, h);
    let holder: Holder | null = null;
    let target: Target;
    const subject = subjectBefore(toks, hit.from);
    // "was condemned by X", and the reduced "a lunch hosted by X".
    if (pos === 'verb' && (isPassive(toks, hit.from) || (toks[hit.to]?.norm === 'by' && toks[hit.from]!.tags.includes('PastTense')))) {
      const by = agentBy(toks, hit.to);
      const agent = by >= 0 ? nounPhraseAfter(toks, by + 1) : null;
      if (!agent || !subject) continue;
      holder = holderOf(doc, records, toks, agent);
      const t = entitiesIn(entities, toks, subject)[0];
      target = { target: t?.entity.id ?? null, targetText: doc.text.slice(toks[subject.from]!.start, toks[subject.to - 1]!.end) };
    } else if (stance.inverse) {
      const obj = targetAfter(doc, entities, sentence, hit.to, stop);
      const sub = subject ? entitiesIn(entities, toks, subject)[0] : undefined;
      if (!obj.target) continue;
      holder = { ids: [obj.target], text: obj.targetText ?? '' };
      target = { target: sub?.entity.id ?? null, targetText: subject ? doc.text.slice(toks[subject.from]!.start, toks[subject.to - 1]!.end) : null };
      if (!target.target && !target.targetText) continue;
    } else {
      if (subject) holder = holderOf(doc, records, toks, subject.antecedent ?? subject) ?? speakerOf(doc, records, toks, subject, hit) ?? holderOf(doc, records, toks, withPostModifier(toks, subject, 0));
      else if (continues(toks, m)) holder = last;
      else if (/ing$/.test(hit.head) && toks[hit.from]!.tags.includes('Gerund')) holder = last ?? clauseHolder(doc, records, toks, hit.from);
      // "began a hunger strike to protest against X": a purpose clause's holder is the clause's subject.
      else if (toks[m.groupStart - 1]?.norm === 'to' && /^(protest|demand|condemn|denounce)/.test(hit.head)) holder = clauseHolder(doc, records, toks, m.groupStart - 1);
      target = targetAfter(doc, entities, sentence, hit.to, stop, stance.kind === 'threaten' || stance.kind === 'attack' || stance.kind === 'sanction');
    }
    if (!holder || !holder.ids.length) continue;
    last = holder;
    const cue = doc.span(toks[hit.from]!.start, toks[hit.to - 1]!.end);
    const base = draft(hit.entry, m, cue, records, sentence);
    const evidence = { holderText: holder.text };
    if (!target.target && holder.ids.length > 1) {
      // "Hungarian and Romanian officials agreed": each party toward the other.
      for (const a of holder.ids) for (const b of holder.ids) if (a !== b) out.push({ ...base, ...evidence, holder: a, target: b, targetText: target.targetText });
      continue;
    }
    const { also = [], ...one } = target;
    for (const id of holder.ids) {
      if (id !== one.target) out.push({ ...base, ...evidence, holder: id, ...one });
      // "A held talks with B": meeting, negotiating and cooperating are mutual.
      if (one.target && id !== one.target && MUTUAL.has(stance.kind) && !base.negated) out.push({ ...base, holderText: one.targetText ?? '', holder: one.target, target: id, targetText: holder.text });
      for (const t of also) if (t !== id) out.push({ ...base, ...evidence, holder: id, ...one, target: t });
    }
  }
  return out;
}

function draft(entry: CueEntry, m: Modifiers, cue: StanceCandidate['cue'], records: Records, sentence: Sentence) {
  const stance = entry.stance!;
  return {
    polarity: m.negated ? ('neutral' as const) : stance.polarity,
    kind: stance.kind,
    cue,
    negated: m.negated,
    hedged: m.hedged || hedgedByClaim(records.claims, cue.start),
    modality: m.modality ?? modalityBefore(sentence, cue.start),
  };
}

/** The holder's entities: one per party of "X and Y" (the person, else the first named), else one. */
function holderOf(doc: Document, records: Records, toks: readonly Token[], p: Phrase): Holder | null {
  const text = doc.text.slice(toks[p.from]!.start, toks[p.to - 1]!.end);
  const ids: string[] = [];
  // Commas separate parties only in a list ("A, B and C"); otherwise they set off an appositive.
  const list = toks.slice(p.from, p.to).some((t) => t.norm === 'and' || t.norm === '&');
  const sep = list ? /^(and|&|,)$/ : /^(and|&)$/;
  let from = p.from;
  for (let j = p.from; j <= p.to; j++) {
    if (j < p.to && !sep.test(toks[j]!.norm)) continue;
    if (j > from) {
      const hits = entitiesIn(records.entities, toks, { from, to: j });
      const pick = hits.find((h) => h.entity.type === 'PERSON') ?? hits[0];
      if (pick && !ids.includes(pick.entity.id)) ids.push(pick.entity.id);
    }
    from = j + 1;
  }
  return ids.length ? { ids, text } : null;
}

/** "Syria said it will withdraw": a pronoun subject inside a claim's content is its source. */
function speakerOf(doc: Document, records: Records, toks: readonly Token[], p: Phrase, hit: CueHit): Holder | null {
  if (p.to - p.from !== 1 || !/^(he|she|it|they|we)$/.test(toks[p.from]!.norm)) return null;
  const at = toks[hit.from]!.start;
  const claim = (records.claims ?? []).find((c) => c.source && c.content.start <= at && at < c.content.end);
  return claim?.source ? { ids: [claim.source], text: doc.text.slice(toks[p.from]!.start, toks[p.to - 1]!.end) } : null;
}

/** "X issued a declaration demanding that Y ...": the participle's holder is the subject of the sentence's first verb. */
function clauseHolder(doc: Document, records: Records, toks: readonly Token[], before: number): Holder | null {
  const v = toks.findIndex((t, i) => i < before && t.tags.includes('Verb') && !t.tags.includes('Gerund'));
  const sub = v > 0 ? subjectBefore(toks, v) : null;
  return sub ? holderOf(doc, records, toks, sub.antecedent ?? sub) : null;
}

/** "... and accused", ", accusing": a verb that shares the subject of the one before. */
function continues(toks: readonly Token[], m: Modifiers): boolean {
  const b = toks[m.groupStart - 1];
  return !!b && (/^(and|or|but|then)$/.test(b.norm) || (b.norm === ',' && /ing$/.test(toks[m.groupStart]?.norm ?? '')));
}

/** The next cue coordinated with this one ends this one's object. */
function nextCoordinated(toks: readonly Token[], hits: readonly CueHit[], h: number): number {
  for (let k = h + 1; k < hits.length; k++) {
    const m = modifiersBefore(toks, hits[k]!.from);
    if (continues(toks, m)) return toks[m.groupStart - 2]?.norm === ',' ? m.groupStart - 2 : m.groupStart - 1;
  }
  return clauseEnd(toks, hits[h]!.to);
}
