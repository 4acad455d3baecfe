// natural ships no declaration for this deep path (its main entry must not be imported: it prints to stdout).
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: readonly string[];
}
