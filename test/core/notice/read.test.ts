/** Every notice in test/fixtures/notices gives the lists, items and sub-points its .expected.json holds. */
import { promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import { readNotice } from '../../../src/core/notice';

const DIR = path.join(__dirname, '../../fixtures/notices');

interface Expected {
  lists: { for: string | null; framework: { name: string; count: number } | null; items: { title: string; subPoints: string[] }[] }[];
  asks: { prior: boolean; study: boolean };
}

const names: string[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('readNotice on the notice fixtures', () => {
  it('has at least 8 notices', () => expect(names.length).toBeGreaterThanOrEqual(8));
  it.each(names)('%s', async (name) => {
    const text = await fs.readFile(path.join(DIR, name), 'utf8');
    const expected = JSON.parse(await fs.readFile(path.join(DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const r = readNotice(text);
    expect(r.lists.map((l) => ({ for: l.for, framework: l.framework, items: l.items.map((i) => ({ title: i.title, subPoints: i.subPoints })) }))).toEqual(expected.lists);
    expect(r.asks).toEqual(expected.asks);
  });
});
