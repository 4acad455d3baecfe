import type { EntityType, Mention } from '../schema/entity.js';
import type { Span } from '../schema/span.js';

/** What entity rules emit: one mention, with what the rule knows of the entity it names. */
export interface EntityCandidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  kind: Mention['kind'];
  /** Canonical name when the rule knows it (gazetteer hit, demonym, metonym). */
  name?: string;
  /** Title or office stated next to the mention ("Chief of Army Staff"). */
  role?: { title: string; span: Span; former?: boolean; orgText?: string };
}

/** Built once per extractor: gazetteer indexes. */
export interface EntityData {
  gazetteer: readonly { name: string; type: EntityType; aliases: readonly string[]; demonyms: readonly string[] }[];
}
