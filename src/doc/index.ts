export { buildDocument, type Document, type Sentence, type Token, type DocumentOptions } from './document.js';
export { findDocDate, validDay, type DateSource } from './doc-date.js';
