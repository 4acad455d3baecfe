import { describe, expect, it } from 'vitest';
import { addDuration, addDays, compareDays, parseDuration, weekday } from '../src/util/time.js';

describe('calendar arithmetic', () => {
  it('adds durations the way a reader counts them', () => {
    expect(addDuration('2025-06-21', 'P2W')).toBe('2025-07-05');
    expect(addDuration('2025-01-31', 'P1M')).toBe('2025-02-28');
    expect(addDuration('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(addDuration('2025-06-21', 'PT48H')).toBe('2025-06-23');
    expect(addDuration('2025-12-25', 'P10D')).toBe('2026-01-04');
    expect(addDuration('2025-06-21', 'PXW')).toBeNull();
  });

  it('parses durations and compares days', () => {
    expect(parseDuration('P1Y6M')).toMatchObject({ years: 1, months: 6 });
    expect(parseDuration('two weeks')).toBeNull();
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(compareDays('2025-07-05', '2025-06-21')).toBe(1);
    expect(weekday('2025-06-21')).toBe(6);
  });
});
