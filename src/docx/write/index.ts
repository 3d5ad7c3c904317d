/** .docx writers: new drafts (`xingshen new`) and in-place fixes (`xingshen fix`). Pure: bytes in, bytes out. */
export { writeNewDocx, writeDraftDocx, draftParagraphs, type NewOptions } from './new';
export { fixDocx, type FixOutcome } from './fix';
export { buildZip, replaceEntries, rawEntries, crc32 } from './zip';
