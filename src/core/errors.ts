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
  | 'damaged' // a part fails its CRC-32
  | 'duplicate-entry' // two zip entries with the same name
  | 'bad-encoding' // a part in an encoding other than UTF-8/UTF-16, or invalid UTF-8
  | 'not-word' // a spreadsheet, presentation or other package renamed .docx; HTML/RTF saved as .doc
  | 'empty-body' // no paragraph in the body (or only an altChunk)
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
