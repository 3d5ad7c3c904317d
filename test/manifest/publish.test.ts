/**
 * Deploying to a unit (issue 18): `npm run build -- --env publicUrl=https://intranet.example/xingshen/`
 * writes dist/manifest.xml pointing there, valid against the XSDs like the development manifest; and
 * `--env officeJs=local` points the page at a copy of Office.js in dist/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require('../../scripts/deploy-config.js') as {
  manifestFor(xml: string, url: string): string;
  checkPublicUrl(url: string): string;
  CDN_OFFICE_JS: string;
  LOCAL_OFFICE_JS: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{ plugins: unknown[] }>;

const ROOT = join(__dirname, '..', '..');
const SCHEMAS = join(ROOT, '..', 'shared', 'office-schemas');
const ENTRY = 'OfficeAppManifestV1_1.xsd';
const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const URL_ = 'https://intranet.example/xingshen/';

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

const urlsOf = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);

/** What the build's CopyWebpackPlugin does with manifest.xml, and what the page template gets for office.js. */
async function buildSetup(env: Record<string, unknown>) {
  const config = await webpackConfig(env, { mode: 'production' });
  const copy = config.plugins.find((p) => p?.constructor?.name === 'CopyPlugin') as { patterns: { from: string; to: string; transform?: (b: Buffer) => string }[] };
  const html = config.plugins.find((p) => p?.constructor?.name === 'HtmlWebpackPlugin') as { userOptions: { officeJs: string } };
  return { copy: copy.patterns, officeJs: html.userOptions.officeJs };
}

describe('dist/manifest.xml for a public URL', () => {
  it('points every URL at the public URL, and is valid against the XSD (offline)', async () => {
    const xml = deploy.manifestFor(dev, URL_);
    expect(xml).not.toMatch(/localhost/);
    const urls = urlsOf(xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(URL_)).toBe(true);
    expect(xml).toContain(`<SourceLocation DefaultValue="${URL_}taskpane.html"/>`);
    expect(xml).toContain('<AppDomain>https://intranet.example</AppDomain>');
    const r = await validate(xml);
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
  });

  it('is what `npm run build -- --env publicUrl=…` writes (the build rewrites the copied manifest)', async () => {
    const { copy } = await buildSetup({ publicUrl: 'https://intranet.example/xingshen' });
    const manifest = copy.find((p) => p.to === 'manifest.xml')!;
    expect(manifest.transform).toBeDefined();
    expect(manifest.transform!(Buffer.from(dev))).toBe(deploy.manifestFor(dev, URL_));
    const plain = await buildSetup({});
    expect(plain.copy.find((p) => p.to === 'manifest.xml')!.transform).toBeUndefined();
  });

  it('refuses a URL Word would not load, with a zh-CN message', () => {
    expect(() => deploy.checkPublicUrl('http://intranet.example/x/')).toThrow(/必须是 https/);
    expect(() => deploy.checkPublicUrl('不是网址')).toThrow(/不是有效的网址/);
    expect(deploy.checkPublicUrl('https://a.example/b')).toBe('https://a.example/b/');
  });
});

describe('Office.js from the CDN or served locally', () => {
  it('loads Office.js from the CDN by default, and from dist/office-js/ with --env officeJs=local', async () => {
    expect((await buildSetup({})).officeJs).toBe(deploy.CDN_OFFICE_JS);
    const local = await buildSetup({ officeJs: 'local' });
    expect(local.officeJs).toBe(deploy.LOCAL_OFFICE_JS);
    expect(local.officeJs).not.toMatch(/^https?:/);
    expect(local.copy.some((p) => String(p.from).startsWith('word-'))).toBe(true);
  });

  it('the page template takes the Office.js URL from the build', () => {
    const html = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    expect(html).toContain('<script src="<%= htmlWebpackPlugin.options.officeJs %>"');
    expect(html).not.toContain('appsforoffice.microsoft.com/lib');
  });
});
