import { reporter, type Finding, type Rule } from '../findings';
import { Mark } from '../marks';
import { notContent } from './text-logical';

/** 顿号 between two quoted or two titled items: ”、“ and 》、《 (GB/T 15834-2011, 4.5.3.5). */
export const punctDunhaoBetweenQuotes: Rule = {
  id: 'punct/dunhao-between-quotes',
  category: 'punct',
  description: { zh: '标有引号或书名号的并列成分之间通常不用顿号（GB/T 15834—2011）', en: 'No enumeration comma between quoted or titled items (GB/T 15834-2011)' },
  messages: {
    dunhao: {
      zh: '两个标有{kind}的并列成分之间（{around}）用了顿号：按 GB/T 15834—2011 4.5.3.5，这种情况通常不用顿号，建议删去。',
      en: 'An enumeration comma between two items in {kindEn} ({around}): GB/T 15834-2011 4.5.3.5 usually omits it; remove it.',
    },
  },
  run(ctx) {
    const { doc, analysis } = ctx;
    const out: Finding[] = [];
    const skip = notContent(ctx);
    const say = reporter(this);
    const re = /(”|》)、(“|《)/g;
    doc.paragraphs.forEach((p, i) => {
      if (!(analysis.marks[i] & Mark.dunhaoBetween) || skip(i)) return;
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        const quote = m[1] === '”' && m[2] === '“';
        const title = m[1] === '》' && m[2] === '《';
        if (!quote && !title) continue;
        const at = m.index + 1;
        out.push(
          say('dunhao', m[0], 'info', i, () => ({ around: m[0], kind: quote ? '引号' : '书名号', kindEn: quote ? 'quotation marks' : 'title marks' }), { start: at, length: 1 }, { start: at, length: 1, replacement: '' }),
        );
        re.lastIndex = at + 1;
      }
    });
    return out;
  },
};
