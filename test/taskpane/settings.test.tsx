/** @jest-environment jsdom */
/**
 * The pane's 设置 (user rule packs, allow-list) and the issue-5 result features: grouped findings,
 * one-click fixes followed by a re-check, and ignores remembered with the document.
 */
import '../checker/jsdom-polyfills';
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { modelFromLines } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { Root } from '../../src/taskpane/App';
import { parseAllowText, SETTING_ALLOW, SETTING_IGNORES, SETTING_PACKS } from '../../src/taskpane/logic';

/** The pane's own preview sample (src/taskpane/sample.txt), read the way sample.ts reads it. */
const SAMPLE = fs
  .readFileSync(path.join(__dirname, '../../src/taskpane/sample.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '');

/** A short report with a typo (严以律已), a reordered 四个意识 and half-width quotes around 四风. */
const LINES = [
  '作风建设专项行动组织生活会个人对照检查材料',
  '按照市委关于召开组织生活会的有关要求，我紧紧围绕作风建设专项行动方案，围绕“五个聚焦”，深入查摆了问题。现汇报如下：',
  '一、学习情况',
  '我坚持学深学透党的创新理论，认真研读《习近平谈治国理政（第四卷）》，组织班子集中学习30余次，增强政治意识、核心意识、大局意识、看齐意识，始终做到严以律已。',
  '二、作风建设存在的问题',
  '聚焦习近平总书记重要讲话重要指示和党中央决策部署，深入查摆在学习贯彻上有没有领会不深、把握不准等问题。经过查摆，我在工作落实上往往以会议传达会议、以文件落实文件，理论学习仅限于形式。',
  '聚焦高质量发展，深入查摆在思想观念上有没有因循守旧等问题。我习惯于凭老经验处理问题，布置之后缺乏检查落实。',
  '聚焦加固中央八项规定堤坝、锲而不舍纠“四风”树新风，深入查摆在思想认识上有没有歇脚松劲等问题。我没有深刻认识到解决"四风"问题的重要性，存在松劲情绪。',
  '三、今后的努力方向和改进措施',
  '一是强化理论学习，提高政治能力。二是强化宗旨意识，真心服务群众。三是强化责任担当，狠抓工作落实。',
];

/** A user pack: this unit writes 故步自封, never 固步自封 (which the sample uses). */
const USER_PACK = {
  schemaVersion: 1,
  id: 'unit-words',
  name: '本单位用词',
  rule: 'terms/typo',
  entries: [
    {
      id: 'gu-bu-zi-feng',
      expected: '故步自封',
      patterns: [{ text: '固步自封' }],
      fix: '故步自封',
      severity: 'warning',
      note: '本单位统一写作“故步自封”。',
      source: '本单位公文写作规范',
      examples: { flag: ['有没有固步自封等问题'], ok: ['有没有故步自封等问题'] },
    },
  ],
};

type User = ReturnType<typeof userEvent.setup>;

function mount(mem: MemoryHost) {
  return render(<Root host={mem} preview={mem} debounceMs={20} />);
}

function setup(lines: string[], settings?: Record<string, string>) {
  const mem = new MemoryHost(modelFromLines(lines), { settings });
  const utils = mount(mem);
  return { mem, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }), ...utils };
}

async function runCheck(user: User) {
  await user.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByTestId('stat-sections');
  await waitFor(() => expect((screen.getByRole('button', { name: '检查' }) as HTMLButtonElement).disabled).toBe(false));
}

async function openSettings(user: User) {
  await user.click(screen.getByTestId('settings-toggle'));
  return screen.findByTestId('settings', {}, { timeout: 5000 }); // a lazy chunk: slow on a loaded machine
}

const jsonFile = (data: unknown, name: string) => new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });
const findingsOf = (rule: string) => screen.queryAllByTestId('finding').filter((f) => f.getAttribute('data-rule') === rule);
const findingWith = (rule: string, text: RegExp) => findingsOf(rule).find((f) => text.test(f.textContent ?? ''));

// Lazy chunks load slowly when the machine is busy: wait up to 5 s for what a test expects to appear.
configure({ asyncUtilTimeout: 5000 });
// Each test drives several checks through jsdom and Fluent: slow on a shared 2-core machine, not a timed test.
jest.setTimeout(120_000);

beforeEach(() => localStorage.clear());

describe('pane settings: user rule packs', () => {
  it('a loaded pack flags its entry in the sample, is listed, remembered, and restored after a remount', async () => {
    const { user, mem, unmount } = setup(SAMPLE);
    await runCheck(user);
    expect(findingWith('terms/typo', /固步自封/)).toBeUndefined();

    const settings = await openSettings(user);
    expect(within(settings).getByText('尚未加载自定义规则包。')).toBeTruthy();
    await user.upload(within(settings).getByTestId('pack-file'), jsonFile(USER_PACK, 'unit-words.json'));
    const row = await within(settings).findByTestId('pack-unit-words');
    expect(row.textContent).toMatch(/本单位用词/);
    expect(row.textContent).toMatch(/1 条 · terms\/typo/);
    expect(within(settings).getByTestId('pack-status').textContent).toMatch(/已加载规则包：「本单位用词」/);

    // The open result is re-checked with the pack: the sample's 固步自封 is now flagged, with a fix.
    await waitFor(() => expect(findingWith('terms/typo', /固步自封/)).toBeDefined());
    const finding = findingWith('terms/typo', /固步自封/)!;
    expect(finding.textContent).toMatch(/故步自封/);
    expect(within(finding).getByRole('button', { name: '一键修改' })).toBeTruthy();
    expect(screen.getByTestId('user-rules-summary').textContent).toMatch(/1 个自定义规则包/);

    const stored = JSON.parse((await mem.getSetting(SETTING_PACKS))!);
    expect(stored).toHaveLength(1);
    expect(stored[0].id).toBe('unit-words');

    // Remount (the pane reopened on the same document): the pack is restored and used by the first check.
    unmount();
    mount(mem);
    await runCheck(user);
    expect(findingWith('terms/typo', /固步自封/)).toBeDefined();
    const again = await openSettings(user);
    expect(within(again).getByTestId('pack-unit-words')).toBeTruthy();

    // Removing it takes effect at once and is remembered.
    await user.click(within(again).getByRole('button', { name: '移除规则包「本单位用词」' }));
    await waitFor(() => expect(findingWith('terms/typo', /固步自封/)).toBeUndefined());
    expect(JSON.parse((await mem.getSetting(SETTING_PACKS))!)).toEqual([]);
    expect(screen.queryByTestId('user-rules-summary')).toBeNull();
  });

  it('a bad pack lists each bad field by path and nothing of the selection is applied', async () => {
    const { user, mem } = setup(SAMPLE);
    await runCheck(user);
    const before = screen.getAllByTestId('finding').length;
    const settings = await openSettings(user);
    const bad = {
      ...USER_PACK,
      id: 'bad-pack',
      // (examples may leave out `ok`, or be left out altogether, since issue 16; an empty example is still wrong)
      entries: [{ ...USER_PACK.entries[0], severity: 'fatal', examples: { flag: [''] } }],
    };
    // One good and one bad file chosen together: neither is loaded.
    await user.upload(within(settings).getByTestId('pack-file'), [jsonFile(USER_PACK, 'good.json'), jsonFile(bad, 'bad.json')]);
    const alert = await within(settings).findByTestId('pack-errors');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(/均未加载/);
    expect(alert.textContent).toMatch(/bad\.json/);
    expect(alert.textContent).toMatch(/entries\[0\]\.severity：/);
    expect(alert.textContent).toMatch(/entries\[0\]\.examples\.flag\[0\]：不能为空/);
    expect(alert.textContent).not.toMatch(/good\.json/);
    expect(within(settings).queryByTestId('pack-list')).toBeNull();
    expect(await mem.getSetting(SETTING_PACKS)).toBeUndefined();
    expect(screen.getAllByTestId('finding')).toHaveLength(before);
    expect(findingWith('terms/typo', /固步自封/)).toBeUndefined();

    // Malformed JSON is reported too, at the root.
    await user.upload(within(settings).getByTestId('pack-file'), jsonFile('{"schemaVersion": 1,', 'broken.json'));
    // Plain zh-CN: where and what, no parser English and no （根）.
    await waitFor(() => expect(within(settings).getByTestId('pack-errors').textContent).toMatch(/broken\.json.*第 1 行第 \d+ 列附近：缺少引号/s));
    expect(within(settings).getByTestId('pack-errors').textContent).not.toMatch(/根|Expected|position/);
    expect(await mem.getSetting(SETTING_PACKS)).toBeUndefined();
  });

  it('refuses a pack too large to be saved with the document', async () => {
    const { user, mem } = setup(SAMPLE);
    const settings = await openSettings(user);
    const big = { ...USER_PACK, description: '长'.repeat(100_000) }; // ~300 KB in UTF-8
    await user.upload(within(settings).getByTestId('pack-file'), jsonFile(big, 'big.json'));
    const alert = await within(settings).findByTestId('pack-errors');
    expect(alert.textContent).toMatch(/big\.json 超过 256 KB/);
    expect(await mem.getSetting(SETTING_PACKS)).toBeUndefined();
  });

  it('without document settings the pack still applies for the session, and the panel says it is not saved', async () => {
    const mem = new MemoryHost(modelFromLines(SAMPLE), { capabilities: { documentSettings: false } });
    const setSetting = jest.spyOn(mem, 'setSetting');
    mount(mem);
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    const settings = await openSettings(user);
    expect(within(settings).getByTestId('settings-not-saved').textContent).toMatch(/不会随文档保存/);
    // …and no hint below contradicts it.
    expect(settings.textContent!.replace(within(settings).getByTestId('settings-not-saved').textContent!, '')).not.toMatch(/随文档保存/);
    await user.upload(within(settings).getByTestId('pack-file'), jsonFile(USER_PACK, 'unit-words.json'));
    await within(settings).findByTestId('pack-unit-words');
    await runCheck(user);
    expect(findingWith('terms/typo', /固步自封/)).toBeDefined();
    expect(setSetting).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('skips a stored pack that no longer validates and says so', async () => {
    const broken = JSON.stringify([USER_PACK, { ...USER_PACK, id: 'Not Valid' }]);
    const { user } = setup(SAMPLE, { [SETTING_PACKS]: broken });
    await screen.findByText('1 个已保存的规则包无法读取，已跳过。');
    await runCheck(user);
    expect(findingWith('terms/typo', /固步自封/)).toBeDefined();
  });
});

describe('pane settings: packs that are easy to make (issue 16 §2)', () => {
  const SAMPLE_PACK = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/profiles/packs/sample/sample-pack.json'), 'utf8'));

  it('a one-entry pack without source and examples loads, with plain hints next to it, not an error (the UX review’s case)', async () => {
    const { user, mem } = setup(SAMPLE);
    await runCheck(user);
    const settings = await openSettings(user);
    const { source: _s, examples: _e, ...bare } = USER_PACK.entries[0];
    await user.upload(within(settings).getByTestId('pack-file'), jsonFile({ ...USER_PACK, entries: [bare] }, 'bare.json'));
    const row = await within(settings).findByTestId('pack-unit-words');
    expect(within(settings).queryByTestId('pack-errors')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    const hints = await within(row).findByTestId('pack-hints-unit-words');
    expect(hints.textContent).toMatch(/第 1 条“固步自封→故步自封”没有 source（出处），建议注明依据/);
    expect(hints.textContent).toMatch(/第 1 条“固步自封→故步自封”没有 examples（示例）/);
    expect(within(settings).getByTestId('pack-status').textContent).toMatch(/已加载规则包：「本单位用词」。有 2 条提示（不影响使用）/);
    // It is in use: the sample's 固步自封 is flagged, and it is saved.
    await waitFor(() => expect(findingWith('terms/typo', /固步自封/)).toBeDefined());
    expect(JSON.parse((await mem.getSetting(SETTING_PACKS))!)[0].entries[0].source).toBeUndefined();
  });

  it('a word list in the short form {wrong, right} works, and its hints come back after a remount', async () => {
    const { user, mem, unmount } = setup(SAMPLE);
    const settings = await openSettings(user);
    const list = { schemaVersion: 1, id: 'word-list', name: '本单位词表', rule: 'terms/typo', entries: [{ wrong: '固步自封', right: '故步自封' }, { wrong: '规距', right: '规矩' }] };
    await user.upload(within(settings).getByTestId('pack-file'), jsonFile(list, 'list.json'));
    await within(settings).findByTestId('pack-word-list');
    await runCheck(user);
    const finding = findingWith('terms/typo', /固步自封/)!;
    expect(within(finding).getByRole('button', { name: '一键修改' })).toBeTruthy();

    unmount();
    mount(mem);
    const again = await openSettings(user);
    const hints = await within(again).findByTestId('pack-hints-word-list');
    expect(hints.textContent).toMatch(/全部 2 条没有 source/);
  });

  it('载入示例 loads the sample pack, which then flags the sample document’s 固步自封; its first entry shows the hints of a bare pair', async () => {
    const { user, mem } = setup(SAMPLE);
    await runCheck(user);
    expect(findingWith('terms/typo', /固步自封/)).toBeUndefined();
    const settings = await openSettings(user);
    await user.click(within(settings).getByRole('button', { name: '载入示例' }));
    const row = await within(settings).findByTestId(`pack-${SAMPLE_PACK.id}`);
    expect(row.textContent).toMatch(new RegExp(`${SAMPLE_PACK.name}.*${SAMPLE_PACK.entries.length} 条 · terms/typo`));
    const hints = await within(row).findByTestId(`pack-hints-${SAMPLE_PACK.id}`);
    expect(hints.querySelectorAll('li')).toHaveLength(2);
    expect(hints.textContent).toMatch(/第 1 条“规距→规矩”没有 source/);
    await waitFor(() => expect(findingWith('terms/typo', /固步自封/)).toBeDefined());
    expect(JSON.parse((await mem.getSetting(SETTING_PACKS))!)[0].id).toBe(SAMPLE_PACK.id);
    // Loading it again replaces it (same id), it is not listed twice.
    await user.click(within(settings).getByRole('button', { name: '载入示例' }));
    await waitFor(() => expect(within(settings).getByTestId('pack-status').textContent).toMatch(/已加载规则包/));
    expect(within(settings).getAllByTestId(`pack-${SAMPLE_PACK.id}`)).toHaveLength(1);
  });

  it('下载示例 offers the checked-in sample as a file (no request) and says what to do with it', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = jest.fn((b: Blob) => (blobs.push(b), 'blob:sample'));
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      const { user } = setup(SAMPLE);
      const settings = await openSettings(user);
      await user.click(within(settings).getByRole('button', { name: '下载示例' }));
      await waitFor(() => expect(names).toEqual(['sample-unit-words.json']));
      const text = await new Promise<string>((resolve) => {
        const r = new FileReader();
        r.onload = () => resolve(String(r.result));
        r.readAsText(blobs[0]);
      });
      expect(JSON.parse(text)).toEqual(SAMPLE_PACK);
      expect(within(settings).getByTestId('pack-status').textContent).toMatch(/已下载 sample-unit-words\.json：另存后把 id 和 name 改成自己的/);
      expect(within(settings).queryByTestId('pack-list')).toBeNull(); // downloading loads nothing

      // Where no download appears (Word for Mac), the same text can be shown and copied.
      await user.click(within(settings).getByRole('button', { name: '显示内容' }));
      const box = await within(settings).findByRole('textbox', { name: /示例规则包内容/ });
      expect((box as HTMLTextAreaElement).value).toBe(text);
      expect((box as HTMLTextAreaElement).readOnly).toBe(true);
      await user.click(within(settings).getByRole('button', { name: '收起内容' }));
      expect(within(settings).queryByTestId('sample-pack-text')).toBeNull();
    } finally {
      click.mockRestore();
    }
  });

  it('用词表写规则包…: plain lines, no JSON, make a working pack; a bad line is named and nothing is loaded; reopening shows the list', async () => {
    const { user, mem } = setup(SAMPLE);
    await runCheck(user);
    const settings = await openSettings(user);
    await user.click(within(settings).getByRole('button', { name: '用词表写规则包…' }));
    const box = await within(settings).findByRole('textbox', { name: /词表（每行：错误写法 → 正确写法）/ });
    await user.type(box, '固步自封 → 故步自封{enter}规距');
    await user.click(within(settings).getByRole('button', { name: '生成并加载' }));
    const problems = await within(settings).findByTestId('word-list-problems');
    expect(problems.textContent).toMatch(/第 2 行：只有“规距”，应写成“错误写法 → 正确写法”/);
    expect(within(settings).queryByTestId('pack-list')).toBeNull();
    expect(await mem.getSetting(SETTING_PACKS)).toBeUndefined();

    await user.type(box, ' 规矩');
    await user.click(within(settings).getByRole('button', { name: '生成并加载' }));
    const row = await within(settings).findByTestId('pack-word-list');
    expect(row.textContent).toMatch(/本单位词表.*2 条 · terms\/typo/);
    expect(within(row).getByTestId('pack-hints-word-list').textContent).toMatch(/词表没有注明出处：建议在第一行写“# 出处：本单位公文写作规范”/);
    expect(within(settings).queryByTestId('word-list')).toBeNull();
    await waitFor(() => expect(findingWith('terms/typo', /固步自封/)).toBeDefined());
    expect(within(findingWith('terms/typo', /固步自封/)!).getByRole('button', { name: '一键修改' })).toBeTruthy();

    // Opened again, it shows the list in use; with a source line the hint goes away.
    await user.click(within(settings).getByRole('button', { name: '用词表写规则包…' }));
    const again = await within(settings).findByRole('textbox', { name: /词表/ });
    expect((again as HTMLTextAreaElement).value).toBe('固步自封 → 故步自封\n规距 → 规矩\n');
    await user.clear(again);
    await user.type(again, '# 出处：本单位公文写作规范{enter}固步自封 → 故步自封');
    await user.click(within(settings).getByRole('button', { name: '生成并加载' }));
    await waitFor(() => expect(within(settings).getByTestId('pack-word-list').textContent).toMatch(/1 条/));
    expect(within(settings).queryByTestId('pack-hints-word-list')).toBeNull();
    expect(within(settings).getAllByTestId('pack-word-list')).toHaveLength(1);
  });

  it('points to the format and shows the hints in English too', async () => {
    const { user } = setup(SAMPLE);
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const settings = await screen.findByTestId('settings');
    expect(within(settings).getByTestId('sample-pack').textContent).toMatch(/docs\/packs\.md/);
    await user.click(within(settings).getByRole('button', { name: 'Load sample' }));
    const hints = await within(settings).findByTestId(`pack-hints-${SAMPLE_PACK.id}`);
    expect(hints.textContent).toMatch(/Entry 1 “规距→规矩” has no source/);
  });
});

describe('pane settings: allow-list', () => {
  it('a word in the allow-list silences its terms/typo finding, is remembered and restored after a remount', async () => {
    const { user, mem, unmount } = setup(LINES);
    await runCheck(user);
    expect(findingWith('terms/typo', /严以律已/)).toBeDefined();
    const settings = await openSettings(user);
    const box = within(settings).getByRole('textbox', { name: /白名单/ });
    await user.type(box, '# 本单位的写法{enter}严以律已');
    await waitFor(() => expect(findingWith('terms/typo', /严以律已/)).toBeUndefined());
    expect(JSON.parse((await mem.getSetting(SETTING_ALLOW))!)).toEqual(['严以律已']);
    // Other findings stay.
    expect(findingsOf('terms/formulation').length).toBeGreaterThan(0);

    unmount();
    mount(mem);
    await runCheck(user);
    expect(findingWith('terms/typo', /严以律已/)).toBeUndefined();
    const again = await openSettings(user);
    expect((within(again).getByRole('textbox', { name: /白名单/ }) as HTMLTextAreaElement).value).toBe('严以律已');

    // Emptying the list brings the finding back.
    await user.clear(within(again).getByRole('textbox', { name: /白名单/ }));
    await waitFor(() => expect(findingWith('terms/typo', /严以律已/)).toBeDefined());
    expect(JSON.parse((await mem.getSetting(SETTING_ALLOW))!)).toEqual([]);
  });

  it('从文件导入… adds the words of a .txt file to the list', async () => {
    const { user, mem } = setup(LINES);
    await runCheck(user);
    const settings = await openSettings(user);
    const txt = new File(['\uFEFF# 白名单\r\n严以律已\r\n\r\n看齐意识\r\n严以律已\r\n'], 'allow.txt', { type: 'text/plain' });
    await user.upload(within(settings).getByTestId('allow-file'), txt);
    await waitFor(() => expect(within(settings).getByTestId('allow-status').textContent).toMatch(/已从 allow\.txt 导入 2 个词语/));
    expect((within(settings).getByRole('textbox', { name: /白名单/ }) as HTMLTextAreaElement).value).toBe('严以律已\n看齐意识');
    expect(JSON.parse((await mem.getSetting(SETTING_ALLOW))!)).toEqual(['严以律已', '看齐意识']);
    await waitFor(() => expect(findingWith('terms/typo', /严以律已/)).toBeUndefined());
    expect(screen.getByTestId('user-rules-summary').textContent).toMatch(/2 个白名单词语/);
  });

  it('parses allow-list text like the CLI: trimmed, no blanks, no # comments, no repeats', () => {
    expect(parseAllowText('\uFEFF  严以律已 \r\n\r\n# 注释\n其它\n严以律已')).toEqual(['严以律已', '其它']);
  });
});

describe('pane results (issue 5)', () => {
  it('groups findings as 标点, 规范表述, 用词, 写作质量, in that order', async () => {
    const { user } = setup(LINES);
    await runCheck(user);
    const titles = ['punct', 'formulation', 'wording', 'quality'].map((g) => screen.getByTestId(`group-${g}`));
    expect(titles.map((t) => t.querySelector('h3')?.textContent?.replace(/（\d+）$/, ''))).toEqual(['标点', '规范表述', '用词', '写作质量']);
    for (let i = 1; i < titles.length; i++) expect(titles[i - 1].compareDocumentPosition(titles[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(titles[0]).getAllByTestId('finding').every((f) => f.getAttribute('data-rule')?.startsWith('punct/'))).toBe(true);
    expect(within(titles[2]).getAllByTestId('finding').some((f) => f.getAttribute('data-rule') === 'terms/typo')).toBe(true);
  });

  it('一键修改 changes the document and the finding is gone after the re-check', async () => {
    const { user, mem } = setup(LINES);
    await runCheck(user);
    const typo = findingWith('terms/typo', /严以律已/)!;
    await user.click(within(typo).getByRole('button', { name: '一键修改' }));
    await waitFor(() => expect(findingWith('terms/typo', /严以律已/)).toBeUndefined());
    const p3 = (await mem.read()).paragraphs[3].text;
    expect(p3).toMatch(/始终做到严以律己。$/);
    expect(p3).not.toMatch(/律已/);

    // The reordered 四个意识 is replaced by the fixed order.
    const order = findingsOf('terms/formulation')[0];
    await user.click(within(order).getByRole('button', { name: '一键修改' }));
    await waitFor(() => expect(findingsOf('terms/formulation')).toHaveLength(0));
    expect((await mem.read()).paragraphs[3].text).toMatch(/政治意识、大局意识、核心意识、看齐意识/);

    // The half-width quote pair is one card; one click makes both marks full-width, and the card goes away.
    expect(findingsOf('punct/halfwidth')).toHaveLength(1);
    await user.click(within(findingsOf('punct/halfwidth')[0]).getByRole('button', { name: '一键修改' }));
    await waitFor(() => expect(findingsOf('punct/halfwidth')).toHaveLength(0));
    expect((await mem.read()).paragraphs[7].text).toMatch(/解决“四风”问题/);
  });

  it('忽略 is remembered with the document and survives a remount; 恢复已忽略 brings it back', async () => {
    const { user, mem, unmount } = setup(LINES);
    await runCheck(user);
    const typo = findingWith('terms/typo', /严以律已/)!;
    await user.click(within(typo).getByRole('button', { name: '忽略' }));
    expect(findingWith('terms/typo', /严以律已/)).toBeUndefined();
    expect(JSON.parse((await mem.getSetting(SETTING_IGNORES))!)).toHaveLength(1);

    unmount();
    mount(mem);
    await runCheck(user);
    expect(findingWith('terms/typo', /严以律已/)).toBeUndefined();
    expect(findingsOf('terms/formulation').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: /已忽略 1 条 · 恢复已忽略/ }));
    expect(findingWith('terms/typo', /严以律已/)).toBeDefined();
    expect(JSON.parse((await mem.getSetting(SETTING_IGNORES))!)).toEqual([]);
  });

  it('shows the settings in English too', async () => {
    const { user } = setup(LINES);
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    const settings = await screen.findByTestId('settings');
    expect(within(settings).getByText('Custom rule packs')).toBeTruthy();
    expect(within(settings).getByRole('textbox', { name: /Allow-list/ })).toBeTruthy();
    expect(within(settings).getByRole('button', { name: 'Load rule packs…' })).toBeTruthy();
    await user.click(within(settings).getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('settings')).toBeNull();
  });
});
