/**
 * An obligation with a time limit: "must file by June 30", "was ordered to pay within 60 days",
 * "ordered Coinbase to hand over the documents by May 23", "returns must be filed no later than
 * January 31", "Within 30 days of the ruling, the company must notify…". The time phrase is the cue.
 * Watch out for: standing rules ("must report every breach within 72 hours"), forecasts and habits with "by" ("expected to fall below 3% by the end of the year",
 * "usually plant by mid-May"): no obligation word, no deadline.
 */
import { defineRule } from '../../pipeline/rule.js';
import { emitDeadline } from '../build.js';
import { clauseFrom, consequenceIn } from '../clauses.js';
import { durationAt } from '../duration.js';
import { isPassive, party, tokenAt, type Ctx } from '../helpers.js';
import { subjectBefore, type Phrase } from '../parties.js';
import type { DeadlineCandidate } from '../types.js';
import { dateAt, type FoundDate } from '../when.js';

// Obligation, then (in the same clause) its time limit.
const OBLIGATION = /\b(?:must|(?:is|are|was|were) to be \w+ed|(?:has|have|had|need|needs|needed) to|(?:is|are|was|were|been|be) (?:ordered|required|obliged|obligated|told|directed|instructed|forced|compelled|asked|requested|expected by law) to|(?:ordered|required|told|directed|instructed|forced|compelled|called on|calls on|call on|asked|asks|requested|requests)\s+[^,;:]{1,60}?\s+to|(?:demanded|demands|demand|insisted|insists|ordered|orders|ruled|rules|required|requires|directed|directs)\s+that)\s+(?=[a-zA-Z])/g;
const LIMIT = /\b(no later than|not later than|by|within|before)\s+/g;
const LEADING = /^\s*(Within|No later than|By)\s+/;
const STANDING = /\b(?:every|each)\b/i;

export default defineRule<DeadlineCandidate>({
  id: 'deadlines/must-by',
  kind: 'deadlines',
  description: 'An obligation ("must", "was ordered to", "ordered X to") limited by "by/no later than/within/before" a date or span.',
  confidence: 0.8,
  examples: {
    match: [
      { text: 'The bank must repay the loan by June 30.', date: '2025-05-12', expect: { cue: 'by', due: '2025-06-30', demand: 'repay the loan' } },
      { text: 'The government must by law publish its budget forecast by April 15.', date: '2025-04-02', expect: { due: '2025-04-15', demand: 'publish its budget forecast' } },
      { text: 'The council demanded that the contractor finish the bridge by Oct. 1.', date: '2025-05-12', expect: { cue: 'by', due: '2025-10-01' } },
      // A request with a time limit is a deadline too: "asked X to share the data within 72 hours".
      { text: 'The World Health Organization asked Laronia to share sequencing data within 72 hours.', date: '2025-05-12', expect: { cue: 'within', duration: 'PT72H', demand: 'share sequencing data' } },
      { text: 'The club must sell two players by the end of the window to comply with spending rules.', date: '2025-08-31', expect: { cue: 'by', demand: 'sell two players', due: null, status: 'unknown' } },
      { text: 'The lender must raise fresh capital within the next six months, the regulator said.', date: '2025-05-12', expect: { duration: 'P6M', demand: 'raise fresh capital' } },
      { text: 'The airline was ordered to refund passengers within 14 days or pay a fine.', date: '2025-05-12', expect: { cue: 'within', duration: 'P14D', dueLatest: '2025-05-26', consequence: 'pay a fine' } },
    ],
    noMatch: ['Banks must report every cyber attack to the regulator within 72 hours.', 'Inflation is expected to fall below 3% by the end of the year.', 'Farmers usually plant their corn by the middle of May.', 'Sales must grow by 5% this year to meet the target.', 'She asked reporters to wait by the door.', 'Analysts said the lender may need to raise fresh capital within the next six months.'],
  },
  run(ctx) {
    const text = ctx.doc.text;
    for (const s of ctx.doc.sentences) {
      const leading = LEADING.exec(s.text);
      for (const m of s.text.matchAll(OBLIGATION)) {
        // "the lender may need to raise capital within six months": a guess at a need, not a requirement
        if (/^(?:need|needs|needed|have|has|had)\b/i.test(m[0]) && /\b(?:may|might|could|would)\s+(?:also\s+|still\s+)?$/i.test(s.text.slice(0, m.index!))) continue;
        const obStart = s.start + m.index!;
        // "must by law publish its forecast by April 15": the adjunct is not part of the demand
        const adjunct = /^(?:by law|legally|also|still|now)\s+/i.exec(s.text.slice(m.index! + m[0].length));
        const demandStart = obStart + m[0].length + (adjunct ? adjunct[0].length : 0);
        const clause = clauseEnd(s.text, m.index! + m[0].length) + s.start;
        let found = false;
        for (const l of text.slice(demandStart, clause).matchAll(LIMIT)) {
          const at = demandStart + l.index!;
          const limitEnd = at + l[0].length;
          const limit = timeAt(ctx, limitEnd, s.end, l[1]!.toLowerCase() === 'within');
          if (!limit) continue;
          // "must report every breach within 72 hours": a standing rule, each time anew, not a point in time.
          if (limit.duration && STANDING.test(text.slice(demandStart, at))) break;
          emitFor(ctx, s, obStart, m[0], { start: at, end: at + l[1]!.length }, limit, demandStart);
          found = true;
          break;
        }
        if (!found && leading && m.index! > 0) {
          const at = s.start + s.text.indexOf(leading[1]!);
          const limit = timeAt(ctx, s.start + leading[0].length, s.end, leading[1]!.toLowerCase() === 'within');
          if (limit) emitFor(ctx, s, obStart, m[0], { start: at, end: at + leading[1]!.length }, limit, demandStart);
        }
      }
    }
  },
});

type Limit = { duration: string | null; date: FoundDate | null };

function timeAt(ctx: Ctx, at: number, end: number, spanOk: boolean): Limit | null {
  const text = ctx.doc.text;
  if (spanOk) {
    // "within the next six months" is the span from now
    const next = /^the\s+(?:next|coming)\s+/i.exec(text.slice(at, end));
    const d = durationAt(text, next ? at + next[0].length : at, end);
    if (d) return { duration: d.iso, date: null };
  }
  const date = dateAt(text, at, end, ctx.doc.date, ctx.records.dates);
  if (date?.day) return { duration: null, date };
  // "must sell two players by the end of the window": the end of a period the text does not date
  if (!date && /^the\s+end\s+of\s+(?:the|this|its|their)\s+(?:season|window|session|term|talks|summit|hearing|trial|inquiry|consultation|negotiations|review|tournament|campaign|process)\b/i.test(text.slice(at, end))) return { duration: null, date: null };
  return null;
}

function emitFor(ctx: Ctx, s: Ctx['doc']['sentences'][number], obStart: number, ob: string, cue: { start: number; end: number }, limit: Limit, demandStart: number): void {
  const text = ctx.doc.text;
  const obTok = tokenAt(s, obStart);
  const word = s.tokens[obTok]!.norm;
  let issuerPhrase: Phrase | null = null;
  let targetPhrase: Phrase | null;
  let issuer: string | null;
  const active = /^(?:ordered|required|told|directed|instructed|forced|compelled|called|calls|call|asked|asks|requested|requests|demanded|demands|demand|insisted|insists)$/.test(word) && !/^(?:was|were|is|are|been|be)$/.test(s.tokens[obTok - 1]?.norm ?? '');
  if (active && / that\s*$/.test(ob)) {
    // "The UN demanded that the militia withdraw by Sunday": the clause's subject is bound.
    issuerPhrase = subjectBefore(s, obTok);
    const v = s.tokens.findIndex((t) => t.start >= demandStart && t.tags.includes('Verb') && /^[a-z]/.test(t.text));
    targetPhrase = v > 0 ? subjectBefore(s, v) : null;
  } else if (active) {
    issuerPhrase = subjectBefore(s, obTok);
    const objStart = obStart + ob.indexOf(' ') + 1;
    targetPhrase = { start: objStart, end: obStart + ob.trimEnd().length - 3 };
  } else {
    targetPhrase = subjectBefore(s, obTok);
    issuerPhrase = reporterOf(s, obTok);
  }
  issuer = party(ctx, s, issuerPhrase);
  const target = party(ctx, s, targetPhrase);
  const demand = clauseFrom(text, demandStart, cue.start > demandStart ? cue.start : s.end);
  emitDeadline(ctx, {
    sentence: s,
    cue,
    issuer,
    target,
    issuerPhrase,
    targetPhrase,
    demand,
    consequence: consequenceIn(text, demandStart, s.end),
    duration: limit.duration,
    dueDate: limit.date,
    sourceIsIssuer: !active,
  });
}

/** "HMRC reminded traders that returns must…": the subject of the (active) verb that introduces the clause. */
function reporterOf(s: Ctx['doc']['sentences'][number], obTok: number): Phrase | null {
  const subj = subjectBefore(s, obTok);
  const from = subj ? tokenAt(s, subj.start) : obTok;
  const that = s.tokens[from - 1];
  if (!that || that.norm !== 'that') return null;
  for (let k = from - 2; k >= 0; k--) {
    const t = s.tokens[k]!;
    // "Serbia was warned that it must…": the subject of a passive report is its hearer, not the reporter.
    if (t.tags.includes('Verb') && /^[a-z]/.test(t.text)) return isPassive(s, k) ? null : subjectBefore(s, k);
  }
  return null;
}

/** End of the obligation's clause: the next ";", ":" or the sentence end (commas may sit in dates). */
function clauseEnd(sentence: string, from: number): number {
  const m = /[;:—–?!"“”]|\s-\s|,\s+(?:and|but|while|which|who)\b/.exec(sentence.slice(from));
  // A time limit far from its obligation belongs to another clause.
  return Math.min(m ? from + m.index : sentence.length, from + 120);
}
