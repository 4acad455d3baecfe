/**
 * Verbs of the stance lexicon that, in some frames, act on no one: a labour strike ("the union will
 * strike on Monday"), a firm closing its own sites ("will close two plants in Ohio"), a concession
 * of a fact ("conceded the vote was lost"). Per cue, a few tokens after it.
 */
import type { Token } from '../doc/document.js';
import { clauseObject } from './object.js';

/** What follows an intransitive "strike": a time, a duration, a reason, a purpose or the clause's end. */
const AFTER_STRIKE = /^(on|for|over|in|from|until|till|unless|if|next|tomorrow|today|tonight|this|again|indefinitely|to|,|\.|;|and|or|but|—|–)$/;
/** Sites a firm or a body runs itself: closing them cuts no one off. */
const OWN_SITE = /\b(plants?|factor(y|ies)|stores?|shops?|branch(es)?|offices?|mines?|sites?|operations|outlets?|restaurants?|schools?|hospitals?|clinics?|warehouses?|facilit(y|ies)|mills?|refiner(y|ies)|depots?|centers?|centres?|units?|doors)\b/i;
/** What a state closes against another: these are sanctions even when "its" ("closed its embassy in X"). */
const DIPLOMATIC = /\b(embass(y|ies)|consulates?|missions?|borders?|airspace|ports?|waters|crossings?)\b/i;

/** A measured change ("2.5 percent higher in Oslo", "12 points to 4,310"): what a market verb takes ("25 percent tariffs on X" is none). */
const MEASURE = /^(?:by |to |at )?[$€£]?\d[\d.,]*\s*(?:%|percent|per cent|points?|cents?|basis points)(?:\s+(?:higher|lower|up|down))?(?:\s+(?:in|on|at|to|from|after)\b.*)?$/i;

/** Nouns naming a right or a power to act: what follows "to" is not done. */
const RIGHT = /^(right|rights|freedom|freedoms|power|powers|authority|ability|permission|liberty)$/;
/** Acts of one's own effort: vowing them threatens no one ("vowed to rebuild", "vowed to keep fighting for voters"). */
const OWN_EFFORT = /^to (rebuild|continue|keep|carry on|press on|work|serve|do|try|win|finish|complete|stay|remain|return|recover|deliver|honou?r|fulfil+|make|find|bring|learn|improve|get|come back|bounce back)\b/i;

/**
 * True when the cue at `hit` (head `head`, `kind`) states no act toward anyone:
 * - "Nurses will strike for 48 hours", "the union said it would strike on Feb. 14": a labour strike
 *   has no object (a military one does: "jets struck the depot", "strike at targets in X");
 * - "The carmaker will close two plants in Europe", "Ford closed its factory in Brazil": where the
 *   closed site stands is no party sanctioned ("Moscow closed its embassy in Vilnius" is one);
 * - "Keller conceded the vote was lost": conceding a fact is a claim, not a concession to anyone;
 * - "respects the right to protest", "the freedom to strike": a right named, no act done;
 * - "Keller vowed to rebuild": a vow of one's own effort, with no party, threatens no one;
 * - "Halvor Shipping closed 2.5 percent higher": a market's measured move is no sanction or attack.
 */
export function noAct(toks: readonly Token[], head: string, kind: string, from: number, to: number, target: string | null, targetText: string | null): boolean {
  if (toks[from - 1]?.norm === 'to' && RIGHT.test(toks[from - 2]?.norm ?? '')) return true;
  if ((kind === 'sanction' || kind === 'attack') && MEASURE.test(targetText ?? '')) return true;
  const next = toks[to];
  if (kind === 'attack' && /^(strike|strikes|struck|striking)$/.test(head)) return !next || AFTER_STRIKE.test(next.norm) || next.tags.includes('Date');
  if (kind === 'sanction' && /^clos/.test(head) && targetText) {
    const site = targetText.split(/\s(?:in|at|near|across|outside)\s/)[0]!;
    return OWN_SITE.test(site) && !DIPLOMATIC.test(site);
  }
  if (kind === 'concede') return clauseObject(toks, to);
  if (kind === 'threaten' && /^vow/.test(head) && !target) return OWN_EFFORT.test(targetText ?? '');
  return false;
}
