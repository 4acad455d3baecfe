/** The one error type the library throws on purpose; `code` says why, `message` is one line. */
export type ExtractErrorCode = 'CONFIG' | 'OPTIONS' | 'NOT_TEXT' | 'BINARY' | 'TOO_LARGE' | 'INVALID_UTF8' | 'EMPTY';

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;
  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}
