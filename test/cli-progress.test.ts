import { describe, expect, it } from 'vitest';
import { countDone, countFailure, formatSummary, newTally } from '../src/cli/progress.js';

describe('batch summary', () => {
  it('gives documents, records per kind and failures by reason', () => {
    const t = newTally();
    countDone(t, { entities: 4, dates: 2, deadlines: 1, stances: 0, claims: 3 });
    countDone(t, { entities: 1, dates: 0, deadlines: 0, stances: 2, claims: 1 });
    countFailure(t, { code: 'EMPTY', message: 'empty file' });
    countFailure(t, { code: 'BINARY', message: 'binary data' });
    countFailure(t, { code: 'EMPTY', message: 'empty file' });
    t.skipped = 5;
    const s = formatSummary(t, 2);
    expect(s).toMatch(/^2 documents extracted, 5 skipped \(up to date\), 3 failed in 2\.0 s \(1\.0 docs\/s\)$/m);
    expect(s).toMatch(/^records: entities 5, dates 2, deadlines 1, stances 2, claims 4$/m);
    expect(s).toMatch(/^failures: EMPTY 2, BINARY 1$/m);
  });
});
