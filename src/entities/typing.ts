/** Types a capitalised name run from its own words, the tagger's tags and its neighbours. */
import type { Token } from '../doc/document.js';
import type { EntityType } from '../schema/entity.js';
import type { Run } from './chunk.js';
import { ORG_HEADS, ORG_WORDS, SPEECH_VERBS } from './lexicon.js';
import { bare, hasTag, isAllCaps } from './match.js';

export interface Typed {
  type: EntityType;
  strength: number;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

export function typeRun(tokens: readonly Token[], run: Run): Typed {
  const words = tokens.slice(run.i, run.end).filter((t) => /\p{L}/u.test(t.text));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (ORG_WORDS.has(bare(last)) && words.length > 1) return { type: 'ORG', strength: 2 };
  if (ORG_HEADS.has(bare(first)) && words.some((t) => t.norm === 'of')) return { type: 'ORG', strength: 2 };
  if (run.title) return { type: 'PERSON', strength: 2 };
  if (words.length === 1 && isAllCaps(first) && first.text.length >= 2 && first.text.length <= 6) return { type: 'ORG', strength: 1 };
  if (hasTag(first, 'FirstName', 'MaleName', 'FemaleName', 'Honorific')) return { type: 'PERSON', strength: 1 };
  if (words.some((t) => hasTag(t, 'Organization'))) return { type: 'ORG', strength: 1 };
  if (words.some((t) => hasTag(t, ...PERSON_TAGS))) return { type: 'PERSON', strength: 1 };
  if (words.some((t) => hasTag(t, ...PLACE_TAGS))) return { type: 'GPE', strength: 1 };
  const next = tokens[run.end];
  if (words.length > 1 && next && SPEECH_VERBS.has(next.norm)) return { type: 'PERSON', strength: 1 };
  return words.length > 1 ? { type: 'PERSON', strength: 0 } : { type: 'MISC', strength: 0 };
}
