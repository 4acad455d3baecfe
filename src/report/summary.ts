/**
 * What a batch report keeps of each document: counts, entity names and deadlines. Small on purpose,
 * so a batch of many thousand documents can be indexed without holding their records.
 */
import type { Extraction } from '../schema/result.js';

export interface DeadlineSummary {
  id: string;
  cue: string;
  due: string | null;
  dueEarliest: string | null;
  dueLatest: string | null;
  duration: string | null;
  status: string;
  hedged: boolean;
  issuer: string | null;
  target: string | null;
  demand: string | null;
}

export interface DocSummary {
  id: string | null;
  source: string;
  /** Report page of this document, relative to the index. */
  page: string;
  date: string | null;
  counts: Record<string, number>;
  entities: { id: string; name: string; type: string; mentions: number }[];
  deadlines: DeadlineSummary[];
}

type Doc = Extraction & { source?: string };

export function summarise(doc: Doc, page = ''): DocSummary {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? names.get(id) ?? id : null);
  return {
    id: doc.id,
    source: doc.source ?? doc.id ?? '',
    page,
    date: doc.date,
    counts: {
      entities: doc.entities.length,
      dates: doc.dates.length,
      deadlines: doc.deadlines.length,
      stances: doc.stances.length,
      claims: doc.claims.length,
    },
    entities: doc.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length })),
    deadlines: doc.deadlines.map((d) => ({
      id: d.id,
      cue: d.cue.text,
      due: d.due,
      dueEarliest: d.dueEarliest,
      dueLatest: d.dueLatest,
      duration: d.duration,
      status: d.status,
      hedged: d.hedged,
      issuer: name(d.issuer),
      target: name(d.target),
      demand: d.demand?.text ?? null,
    })),
  };
}

/**
 * The date a deadline sorts by on the timeline: its due date, else the latest it can fall ("within
 * 30 days" of an unknown start), else the earliest.
 */
export function deadlineSortKey(d: DeadlineSummary): string | null {
  return d.due ?? d.dueLatest ?? d.dueEarliest ?? null;
}
