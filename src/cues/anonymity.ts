/**
 * The formulas news uses to grant a source anonymity: "who asked not to be named", "who spoke on
 * condition of anonymity", "who was not authorized to speak publicly". They describe the source; the
 * verb in them ("asked", "spoke") reports nothing.
 */
import type { Token } from '../doc/document.js';

const FORMULA = new RegExp(
  '^(?:(?:asked|requested|declined|refused|wished|wanted|agreed) (?:not )?to be (?:named|identified|quoted by name)' +
    '|(?:spoke|speaking|talked|talking) (?:on|under) (?:the )?conditions? (?:of|that) (?:anonymity|(?:he|she|they) not be (?:named|identified))' +
    '|(?:spoke|speaking|talked) anonymously' +
    // "a resident, who asked that her name not be used for fear of reprisals".
    '|(?:asked|requested) that (?:his|her|their|its) (?:full )?names? (?:not be|be withheld|be kept)' +
    '|(?:requested|asked for|was granted|were granted|insisted on) anonymity' +
    '|(?:is|are|was|were) not authori[sz]ed to (?:speak|comment|talk|discuss))',
);

/** How many tokens the formula opening at `from` takes (0 when none does); it may run on ("to speak publicly about the talks"). */
export function anonymityFormula(toks: readonly Token[], from: number): number {
  const words = toks.slice(from, from + 10).map((t) => t.norm);
  const m = FORMULA.exec(words.join(' '));
  return m ? m[0].split(' ').length : 0;
}

/**
 * "officials who asked not to be named said": the relative pronoun that opens an anonymity formula
 * ending right before token `end` (its verb group), or -1.
 */
export function anonymityClauseBefore(toks: readonly Token[], end: number, floor: number): number {
  for (let j = end - 2; j >= Math.max(floor, end - 14); j--) {
    if (!/^(who|that)$/.test(toks[j]!.norm)) continue;
    const n = anonymityFormula(toks, j + 1);
    // The formula may run on to the verb ("who was not authorized to speak publicly said").
    return n > 0 && j + 1 + n <= end ? j : -1;
  }
  return -1;
}
