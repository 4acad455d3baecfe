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
  /** How sure the type is: 3 gazetteer, 2 a strong cue (suffix, title), 1 a tagger tag, 0 a guess. */
  strength?: number;
  /** Misspelling: the correctly spelt name or token it is close to. */
  near?: string;
  /**
   * The reading holds for this mention only ("AT BOSTON" is the venue in a table where "BOSTON 5" is
   * the club): it votes apart from same-named mentions and forms its own record when they read otherwise.
   */
  local?: boolean;
  /** Pronoun: its gender. */
  gender?: 'm' | 'f';
  /** Title or office stated next to the mention ("Chief of Army Staff"). */
  role?: { title: string; span: Span; former?: boolean; org?: Span };
}

/** One gazetteer phrase, keyed in the index by its first token. */
export interface Phrase {
  /** Token texts as written, apostrophes straight ("Indo-Pacific", "U.S."). */
  readonly texts: readonly string[];
  readonly name: string;
  readonly type: EntityType;
  readonly kind: 'name' | 'alias' | 'demonym';
}

/** Built once per extractor: gazetteer indexes. */
export interface EntityData {
  /** Phrases by the lower-case text of their first token, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Seat of government → country ("Tehran" → "Iran"). */
  readonly seats: ReadonlyMap<string, string>;
  /** Known names by compact lower-case form ("whitehouse"), for misspellings; bucketed by first letter and length ("w10"). */
  readonly compact: ReadonlyMap<string, readonly { key: string; name: string; type: EntityType }[]>;
  /** Canonical names of countries. */
  readonly countries: ReadonlySet<string>;
  /** Alias shared by two entities → the one it names when the article names only that one ("Congo"). */
  readonly alternates: ReadonlyMap<string, string>;
  /** Lower-case first names from the tagger's lexicon ("damon"), for names it tags as places ("Damon Hill"). */
  readonly firstNames: ReadonlySet<string>;
  /** Lower-case common words of the tagger's lexicon ("press", "digest", "alert"), for English words set in capitals. */
  readonly commonWords: ReadonlySet<string>;
  /** Canonical name → type, for everything the gazetteer knows. */
  readonly types: ReadonlyMap<string, EntityType>;
}
