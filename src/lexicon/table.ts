/**
 * A frozen lookup table with no prototype: lexicons are indexed by words of the article, and a plain
 * object answers "constructor", "toString" or "__proto__" with Object's own members (a text saying
 * "constructor years" once made a date value of a function).
 */
export function table<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
