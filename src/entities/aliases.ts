/**
 * Aliases joined after grouping: an acronym of an organisation named in full ("SEC"), and a central bank
 * named by description ("India's central bank") with the country's named central bank.
 */
import type { EntityData } from './types.js';
import { type Cluster, typeOf } from './link.js';
import { absorb } from './merge.js';

/**
 * "SEC" after "Securities and Exchange Commission", "FEC" with "Federal Election Commission": an all-capitals
 * word spelling the initials of exactly one organisation named in full in the article is its alias.
 */
export function mergeAcronyms(clusters: Map<string, Cluster>): void {
  const byInitials = new Map<string, Cluster | null>();
  for (const cl of new Set(clusters.values())) {
    const words = cl.key.split(' ').filter((w) => !JOINING.has(w));
    if (words.length < 2 || cl.key.includes('.') || typeOf(cl) !== 'ORG' || !cl.mentions.length) continue;
    const initials = words.map((w) => w[0]).join('');
    if (!/^\p{Lu}+$/u.test(initials)) continue;
    byInitials.set(initials, byInitials.has(initials) && byInitials.get(initials) !== cl ? null : cl);
  }
  for (const cl of new Set(clusters.values())) {
    if (!/^\p{Lu}{2,6}$/u.test(cl.key) || !cl.mentions.length) continue;
    const target = byInitials.get(cl.key);
    if (target && target !== cl) absorb(clusters, cl, target, 'alias');
  }
}

/** Joining words an acronym skips: "Securities and Exchange Commission" → "SEC". */
const JOINING = new Set(['of', 'and', 'for', 'the', 'on', '&', 'de', 'du', 'des', 'la', 'le']);

/**
 * "India's central bank" (a described body, named "Central Bank of India") and "the Reserve Bank of India" in one
 * article are one bank: the described one joins the one organisation whose name is a central bank's of that
 * country ("Reserve Bank of X", "People's Bank of X", "X Central Bank", "<demonym> Central Bank"). Not "Bank of X":
 * "Bank of China" is a lender, not China's central bank.
 */
export function mergeDescribedBanks(clusters: Map<string, Cluster>, data: EntityData): void {
  for (const cl of new Set(clusters.values())) {
    const m = /^Central Bank of (?:the )?(.+)$/.exec(cl.key);
    if (!m || !cl.mentions.length) continue;
    const country = m[1]!;
    const of = (name: string) => name === country || name === `the ${country}`;
    const before = (word: string) => word === country || (data.phrases.get(word.toLowerCase()) ?? []).some((p) => p.kind === 'demonym' && p.name === country);
    const named = [...new Set(clusters.values())].filter((o) => {
      if (o === cl || !o.mentions.length || typeOf(o) !== 'ORG') return false;
      const x = /^(?:Central|Reserve|People's|People’s) Bank of (.+)$/.exec(o.key);
      const y = /^(.+) (?:Central|Reserve) Bank$/.exec(o.key);
      return (!!x && of(x[1]!)) || (!!y && before(y[1]!));
    });
    if (named.length === 1) absorb(clusters, cl, named[0]!, 'alias');
  }
}
