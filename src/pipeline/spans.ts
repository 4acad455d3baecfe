/**
 * Span checking for the runner: every `{start, end, text}` inside a candidate must slice to its
 * text. Returns a description of the first bad span, or null.
 */
export function findBadSpan(value: unknown, text: string, path = '', depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadSpan(value[i], text, `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string') {
    if (v.start < 0 || v.end < v.start || v.end > text.length || text.slice(v.start, v.end) !== v.text) {
      return `${path || 'span'} [${v.start},${v.end}) does not slice to ${JSON.stringify(String(v.text).slice(0, 40))}`;
    }
  }
  for (const [key, child] of Object.entries(v)) {
    if (child !== null && typeof child === 'object') {
      const bad = findBadSpan(child, text, path ? `${path}.${key}` : key, depth + 1);
      if (bad) return bad;
    }
  }
  return null;
}
