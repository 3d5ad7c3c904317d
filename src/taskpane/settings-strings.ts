/** Strings of 设置's rule-pack help: the sample pack, the format pointer and the warnings of a loaded pack. zh-CN first. */
import { format } from '../core/findings';
import type { Locale } from '../core/i18n';

const zh = {
  sampleTitle: '示例规则包',
  sampleHint: '不知道怎么写？先载入示例看看效果，或下载示例照着改。最简写法每条只需 {"wrong": "错误写法", "right": "正确写法"}；source（出处）和 examples（示例）可以不写，会给出提示。格式说明见 docs/packs.md（可向部署的 IT 人员索取）。',
  sampleLoad: '载入示例',
  sampleDownload: '下载示例',
  sampleDownloaded: '已下载 {file}：另存后把 id 和 name 改成自己的，再用“加载规则包…”载入。没有看到下载（如 Mac 版 Word）时，点“显示内容”复制后另存为 .json 文件。',
  sampleShow: '显示内容',
  sampleHide: '收起内容',
  sampleTextLabel: '示例规则包内容（可全选复制，另存为 .json 文件）',
  sampleLoadError: '示例规则包无法载入：{message}',
  packsLoadedWithHints: '已加载规则包：{names}。有 {n} 条提示（不影响使用），见规则包下方。',
  packHintsTitle: '提示（不影响使用）：',
  wordListOpen: '用词表写规则包…',
  wordListTitle: '本单位词表',
  wordListHint: '不用写 JSON：每行一条“错误写法 → 正确写法”（也可用 Tab、逗号或空格隔开），几种错误写法用“、”隔开，后面可再写一句说明；# 开头的行是注释，“# 出处：……”一行注明下面各行的依据。',
  wordListLabel: '词表（每行：错误写法 → 正确写法）',
  wordListApply: '生成并加载',
  wordListCancel: '取消',
  wordListEmpty: '词表是空的：至少写一行“错误写法 → 正确写法”。',
  wordListProblems: '词表有以下问题，未加载：',
};

type SettingsStrings = typeof zh;

const en: SettingsStrings = {
  sampleTitle: 'Sample rule pack',
  sampleHint: 'Not sure how to write one? Load the sample to see it work, or download it and edit it. The shortest entry is {"wrong": "wrong form", "right": "right form"}; source and examples may be left out (you will get a hint). The format is described in docs/packs.md (ask whoever deployed 省身).',
  sampleLoad: 'Load sample',
  sampleDownload: 'Download sample',
  sampleDownloaded: 'Downloaded {file}: save it, change its id and name, then load it with “Load rule packs…”. If no download appeared (Word for Mac), use “Show contents”, copy it and save it as a .json file.',
  sampleShow: 'Show contents',
  sampleHide: 'Hide contents',
  sampleTextLabel: 'Sample rule pack (select all, copy, save as a .json file)',
  sampleLoadError: 'The sample rule pack could not be loaded: {message}',
  packsLoadedWithHints: 'Loaded rule packs: {names}. {n} hint(s) (the packs work), shown under the pack.',
  packHintsTitle: 'Hints (the pack works):',
  wordListOpen: 'Write a pack as a word list…',
  wordListTitle: 'Word list',
  wordListHint: 'No JSON needed: one “wrong → right” a line (a tab, comma or spaces work too); several wrong forms separated by 、; a note may follow. Lines starting with # are comments; a “# 出处：…” line gives the source of the lines below it.',
  wordListLabel: 'Word list (each line: wrong → right)',
  wordListApply: 'Make and load',
  wordListCancel: 'Cancel',
  wordListEmpty: 'The word list is empty: write at least one “wrong → right” line.',
  wordListProblems: 'The word list was not loaded:',
};

const table: Record<Locale, SettingsStrings> = { 'zh-CN': zh, en };

export function ss(locale: Locale, key: keyof SettingsStrings, data?: Record<string, string | number>): string {
  return format(table[locale][key], data);
}
