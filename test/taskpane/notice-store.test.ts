/** @jest-environment jsdom */
/** Profiles the pane keeps: recently used (localStorage) and saved in the document (settings). */
import { modelFromLines } from '../../src/core/model';
import { MemoryHost } from '../../src/core/memory-host';
import { recentProfiles, rememberRecent, savedProfiles, saveProfile, SETTING_SAVED_PROFILES } from '../../src/taskpane/notice/store';

beforeEach(() => localStorage.clear());

const kept = (n: number) => ({ id: `p${n}`, name: `配置${n}`, text: `{"id":"p${n}"}` });

describe('recent profiles', () => {
  it('keeps the last five, newest first, each once', () => {
    for (let n = 1; n <= 7; n++) rememberRecent(kept(n));
    rememberRecent(kept(4));
    expect(recentProfiles().map((p) => p.id)).toEqual(['p4', 'p7', 'p6', 'p5', 'p3']);
  });

  it('ignores what is not a list of profiles', () => {
    localStorage.setItem('xingshen.recentProfiles', '{not json');
    expect(recentProfiles()).toEqual([]);
    localStorage.setItem('xingshen.recentProfiles', JSON.stringify([{ id: 1 }, kept(1)]));
    expect(recentProfiles().map((p) => p.id)).toEqual(['p1']);
  });
});

describe('profiles saved in the document', () => {
  it('are kept in one document setting, replaced by id', async () => {
    const host = new MemoryHost(modelFromLines(['x']));
    expect(await savedProfiles(host)).toEqual([]);
    await saveProfile(host, kept(1));
    await saveProfile(host, kept(2));
    await saveProfile(host, { ...kept(1), name: '改名' });
    expect((await savedProfiles(host)).map((p) => [p.id, p.name])).toEqual([
      ['p1', '改名'],
      ['p2', '配置2'],
    ]);
    expect(JSON.parse((await host.getSetting(SETTING_SAVED_PROFILES))!)).toHaveLength(2);
  });
});
