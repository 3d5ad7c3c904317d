/** Hard-wrapped text (a PDF copy): punct/unpaired and the quality rules judge the joined logical paragraph (issue 14). */
import { punctUnpaired } from '../../../src/core/rules/punct-unpaired';
import { punctHalfwidth } from '../../../src/core/rules/punct-halfwidth';
import { qualityNoExample } from '../../../src/core/rules/quality-no-example';
import { logicalParagraphs, toOriginal } from '../../../src/core/rules/text-logical';
import { ctxOf, profile, run } from './helpers';

/** A report copied from a PDF: every line broken at about 24 characters, mid-sentence. */
const PDF = [
  '关于2023年度专题民主生活会个人对照检查材料',
  '一、存在的问题',
  '（一）理论学习方面',
  '对党的创新理论的学习还存在“碎片化”现象。我完成',
  '了规定书目的阅读，但个人自学主要利用手机“学习',
  '强国”平台零散进行，全年只写了2篇心得体会，没有',
  '形成系统的学习笔记。',
  '（二）能力本领方面',
  '对数字化条件下的征管新要求适应不快。去年上半',
  '年分管的风险应对任务中，有14户企业因指标分析',
  '不准被退回重新核查，影响了全局的工作效率和进度',
  '安排，我负有直接的领导责任。',
  '二、原因分析',
  '主要是理想信念有所松懈，对自身要求有所放松，学',
  '习的主动性和自觉性不够强，存在重业务轻学习的倾',
  '向。',
  '三、整改措施',
  '一是加强理论学习，每周集中学习不少于半天，年底',
  '前形成一篇调研报告。',
];

describe('hard-wrapped text', () => {
  it('joins the wrapped lines into logical paragraphs and maps offsets back', () => {
    const { logical, logicalOf } = logicalParagraphs(ctxOf(PDF));
    const lp = logical[logicalOf[3]];
    expect([lp.first, lp.last]).toEqual([3, 6]);
    expect(lp.text.startsWith('对党的创新理论')).toBe(true);
    expect(lp.text.includes('手机“学习强国”平台')).toBe(true);
    expect(toOriginal(lp, lp.text.indexOf('强国”'))).toEqual({ paragraph: 5, offset: 0 });
    // Headings and lines that end a sentence are never joined to the next line.
    expect(logical[logicalOf[2]]).toMatchObject({ first: 2, last: 2 });
    expect(logicalOf[7]).not.toBe(logicalOf[6]);
  });

  it('reads the analysis\'s logical paragraphs (the normalise stage), and takes each paragraph as its own without that stage', () => {
    const ctx = ctxOf(PDF);
    expect(logicalParagraphs(ctx)).toBe(ctx.analysis.normalised);
    const bare = logicalParagraphs({ doc: ctx.doc, analysis: { ...ctx.analysis, normalised: undefined } as never });
    expect(bare.logical.every((lp, i) => lp.first === i && lp.last === i && lp.text === PDF[i])).toBe(true);
  });

  it('punct/unpaired: a quote opened on one line and closed on the next is paired', () => {
    expect(run(punctUnpaired, PDF)).toEqual([]);
  });

  it('punct/unpaired still finds a quote that is really unclosed, at its place in the original line', () => {
    const broken = PDF.map((l) => l.replace('强国”平台', '强国平台'));
    const f = run(punctUnpaired, broken);
    expect(f.map((x) => [x.paragraph, x.start, x.message])).toEqual([[4, broken[4].indexOf('“'), '左引号没有对应的右引号：请补上或删去多余的引号。']]);
    expect(broken[4].indexOf('“')).toBe(20);
  });

  it('quality/no-example: an example on a later line of the same paragraph counts', () => {
    expect(run(qualityNoExample, PDF, { profile: profile('generic') })).toEqual([]);
  });

  it('quality/no-example still flags a vague problem that runs over several lines, once, on its first line', () => {
    const vague = [...PDF.slice(0, 7), '（二）能力本领方面', '对数字化条件下的征管新要求适应不快，对新模式学', '得不深，风险应对的办法不多，工作标准有所降低，影', '响了全局的工作效率，我负有直接的领导责任和管理', '责任。', ...PDF.slice(12)];
    const f = run(qualityNoExample, vague, { profile: profile('generic') });
    expect(f.map((x) => [x.paragraph, x.start, x.length])).toEqual([[8, 0, 18]]);
    expect(f[0].message).toBe('问题不具体，建议见人见事：“对数字化条件下的征管新要求适应不快，…”没有具体事例。请补充“比如……”，写明时间、地点、数字或具体哪项工作。');
  });
});

describe('lines that are not content (normalise stage)', () => {
  it('the text rules leave site metadata and page titles alone', () => {
    const lines = ['范文(精选3篇)', '时间:2026-01-20 浏览次数:3862', '一是理论学习不够深入,存在"四风"问题。'];
    const ctx = ctxOf(lines);
    const staged = { ...ctx, analysis: { ...ctx.analysis, normalised: { ...ctx.analysis.normalised, nonContent: ['page-title', 'metadata', null] } } as never };
    expect(punctHalfwidth.run(staged).map((f) => f.paragraph)).toEqual([2]);
    const bare = { ...ctx, analysis: { ...ctx.analysis, normalised: undefined } as never };
    expect(punctHalfwidth.run(bare).map((f) => f.paragraph)).toEqual([0, 1, 2]);
  });

  it('a line read as a name or date line is still checked (it may be a misread heading or slogan)', () => {
    const ctx = ctxOf(['树牢"四个意识"']);
    const staged = { ...ctx, analysis: { ...ctx.analysis, normalised: { ...ctx.analysis.normalised, nonContent: ['name-date'] } } as never };
    expect(punctHalfwidth.run(staged)).toHaveLength(1);
  });
});
