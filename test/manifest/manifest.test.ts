/**
 * manifest.xml: validated OFFLINE against the Office add-in XSDs in ../shared/office-schemas (xmllint-wasm),
 * plus what the XSDs do not check (URLs, resids, icon files and sizes, requirement set).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const ROOT = join(__dirname, '..', '..');
const SCHEMAS = join(ROOT, '..', 'shared', 'office-schemas');
const ENTRY = 'OfficeAppManifestV1_1.xsd';
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

async function validate(xml: string) {
  const file = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') });
  return validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [file(ENTRY)],
    preload: readdirSync(SCHEMAS)
      .filter((n) => n.endsWith('.xsd') && n !== ENTRY)
      .map(file),
  });
}

const attr = (name: string) => [...manifest.matchAll(new RegExp(`\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest XSD (offline)', async () => {
    const r = await validate(manifest);
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('the XSD check can fail (Permissions out of order is rejected)', async () => {
    const broken = manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions><DefaultSettings>');
    expect(broken).not.toBe(manifest);
    expect((await validate(broken)).valid).toBe(false);
  });

  it('declares a Word task pane that needs WordApi 1.3 and may write the document', () => {
    expect(manifest).toMatch(/<Hosts>\s*<Host Name="Document"\/>\s*<\/Hosts>/);
    expect(manifest).toMatch(/<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="WordApi" MinVersion="1.3"\/>\s*<\/Sets>\s*<\/Requirements>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('uses only https URLs', () => {
    const urls = [...attr('DefaultValue'), ...attr('Value'), ...[...manifest.matchAll(/<AppDomain>([^<]*)</g)].map((m) => m[1])].filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('defines every resid it references, and references every resource it defines', () => {
    const referenced = new Set(attr('resid'));
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    expect(referenced.size).toBeGreaterThan(5);
    for (const r of referenced) expect(defined).toContain(r);
    for (const d of defined) expect(referenced).toContain(d);
  });

  it('has an en-US override for every localized string', () => {
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
    expect(strings.length).toBeGreaterThan(3);
    for (const [, , inner] of strings) expect(inner).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="省身">\s*<Override Locale="en-US" Value="Xingshen"\/>/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it('points at icon files that exist with the declared pixel sizes', () => {
    const icons = [...manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"\/>/g)];
    expect(icons.map((m) => m[1]).sort()).toEqual(['16', '32', '80']);
    for (const [, w, h, path] of icons) expect(pngSize(join(ROOT, path))).toEqual({ width: Number(w), height: Number(h) });
    const top = [...manifest.matchAll(/<(IconUrl|HighResolutionIconUrl) DefaultValue="https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)"\/>/g)];
    expect(top.map((m) => m[1])).toEqual(['IconUrl', 'HighResolutionIconUrl']);
    for (const [, , path, size] of top) expect(pngSize(join(ROOT, path))).toEqual({ width: Number(size), height: Number(size) });
    for (const size of [64, 128]) expect(existsSync(join(ROOT, `assets/icon-${size}.png`)) && pngSize(join(ROOT, `assets/icon-${size}.png`)).width).toBe(size);
  });
});
