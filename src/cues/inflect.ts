/**
 * English verb inflection for cue lemmas: "say" → say, says, said, saying. Irregular forms come
 * from a small table; regular ones follow spelling rules. A doubtful consonant doubling yields both
 * spellings ("plan" → planed, planned): an extra form that never occurs costs nothing.
 */
import { table } from '../lexicon/table.js';
const IRREGULAR: Readonly<Record<string, readonly string[]>> = table({
  say: ['said'], tell: ['told'], think: ['thought'], write: ['wrote', 'written'], find: ['found'],
  show: ['showed', 'shown'], see: ['saw', 'seen'], know: ['knew', 'known'], feel: ['felt'],
  hold: ['held'], speak: ['spoke', 'spoken'], read: ['read'], bring: ['brought'], give: ['gave', 'given'],
  make: ['made'], take: ['took', 'taken'], seek: ['sought'], lead: ['led'], meet: ['met'],
  fight: ['fought'], strike: ['struck', 'stricken'], send: ['sent'], lend: ['lent'], win: ['won'],
  sell: ['sold'], buy: ['bought'], hit: ['hit'], forecast: ['forecast'], foresee: ['foresaw', 'foreseen'],
  withdraw: ['withdrew', 'withdrawn'], shoot: ['shot'], beat: ['beaten'], break: ['broke', 'broken'],
  throw: ['threw', 'thrown'], teach: ['taught'], keep: ['kept'], become: ['became'], come: ['came'],
  go: ['went', 'gone'], have: ['had', 'has'], do: ['did', 'done', 'does'], get: ['got', 'gotten'],
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"], put: ['put'], set: ['set'],
  let: ['let'], cut: ['cut'], bid: ['bid'], spread: ['spread'], swear: ['swore', 'sworn'],
  understand: ['understood'], mean: ['meant'], rebuild: ['rebuilt'], overthrow: ['overthrew', 'overthrown'],
  forbid: ['forbade', 'forbidden'], grow: ['grew', 'grown'], undertake: ['undertook', 'undertaken'],
  stand: ['stood'], lay: ['laid'], wage: ['waged'], fly: ['flew', 'flown'], ride: ['rode'], run: ['ran'],
});

const VOWEL = /[aeiou]/;

export function verbForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const out = new Set<string>([w]);
  for (const f of IRREGULAR[w] ?? []) out.add(f);
  if (w === 'be' || w === 'have' || w === 'do') return [...out];
  // third person singular
  if (/[^aeiou]y$/.test(w)) out.add(w.slice(0, -1) + 'ies');
  else if (/(s|sh|ch|x|z|o)$/.test(w)) out.add(w + 'es');
  else out.add(w + 's');
  // past and gerund
  let past: string;
  let ing: string;
  if (/[^aeiou]y$/.test(w)) {
    past = w.slice(0, -1) + 'ied';
    ing = w + 'ing';
  } else if (/ie$/.test(w)) {
    past = w + 'd';
    ing = w.slice(0, -2) + 'ying';
  } else if (/ee$/.test(w)) {
    past = w + 'd';
    ing = w + 'ing';
  } else if (/e$/.test(w)) {
    past = w + 'd';
    ing = w.slice(0, -1) + 'ing';
  } else {
    past = w + 'ed';
    ing = w + 'ing';
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w) && VOWEL.test(w)) {
      const c = w.at(-1)!;
      out.add(w + c + 'ed');
      out.add(w + c + 'ing');
    }
  }
  if (!IRREGULAR[w] || w === 'show') out.add(past);
  out.add(ing);
  return [...out];
}
