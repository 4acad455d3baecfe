/** Input checks shared by the library and the command: clear errors instead of crashes or hangs. */
import { ExtractError } from './errors.js';

/** Throws an ExtractError when `text` is not something we can read as an article. */
export function checkText(text: unknown, maxLength: number): asserts text is string {
  if (typeof text !== 'string') throw new ExtractError('NOT_TEXT', `expected a string, got ${text === null ? 'null' : typeof text}`);
  if (text.length > maxLength) {
    throw new ExtractError('TOO_LARGE', `input of ${text.length} characters exceeds the limit of ${maxLength} (maxInputLength)`);
  }
  if (looksBinary(text)) throw new ExtractError('BINARY', 'input looks like binary data, not text');
}

/**
 * A NUL character anywhere (no text format has one; a single scan is cheap), or many control
 * characters in the first 8 KB, mean binary.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/** Decodes bytes as UTF-8, throwing an ExtractError on invalid sequences; strips a BOM. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length > 0 && looksBinaryBytes(bytes)) throw new ExtractError('BINARY', 'binary data, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ExtractError('INVALID_UTF8', 'invalid UTF-8');
  }
}

/** A NUL byte anywhere means binary (UTF-8 text never holds one); indexOf is a native scan. */
function looksBinaryBytes(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}
