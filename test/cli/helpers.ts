/** Shared helpers for the CLI tests: run `main` in a folder, temp folders, hand-made hostile .docx files. */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { main, type CliIO } from '../../src/cli/main';

export const ROOT = path.join(__dirname, '../..');
export const SEED_TXT = path.join(ROOT, 'test/fixtures/text/seed.txt');
export const SEED_DOCX = path.join(ROOT, 'test/fixtures/docx/seed-typed.docx');

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

export async function run(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<RunResult> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd, env };
  const code = await main(args, io);
  return { code, out, err };
}

export const tmp = (tag = 'cli') => mkdtempSync(path.join(tmpdir(), `xingshen-${tag}-`));
export const bytes = (p: string) => readFileSync(p);

const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The review's H-num file: a lowerLetter list starting at `start` (2×10⁸), `count` paragraphs in it.
 * About 10 KB; every label would be millions of letters long.
 */
export function numberingBomb(start = 200_000_000, count = 2000): Uint8Array {
  const p = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${p.repeat(count)}</w:body></w:document>`;
  const num = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return zipSync({ '[Content_Types].xml': strToU8(CT), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(doc), 'word/_rels/document.xml.rels': strToU8(DOC_RELS), 'word/numbering.xml': strToU8(num) });
}
