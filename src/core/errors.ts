/** Errors for bad input: carried to the user as a clear message and an exit code, never a stack trace. */

export type InputErrorCode =
  | 'not-zip'
  | 'legacy-doc'
  | 'encrypted'
  | 'missing-part'
  | 'bad-xml'
  | 'too-large'
  | 'unsupported-type'
  | 'not-utf8'
  | 'unreadable';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
