import { report, type Finding, type Rule } from '../findings';

/** An aspect appears only in the restated requirement (or a heading), not in the writer's own findings. */
export const focusRestatedOnly: Rule = {
  id: 'focus/restated-only',
  category: 'focus',
  description: { zh: '某一方面只复述了要求，未结合自身查摆', en: 'An aspect is only restated from the requirement, not addressed in the writer\'s own words' },
  messages: {
    restated: {
      zh: '“{area}”中的“{title}”方面只复述了要求，未结合自身查摆。请在复述之后写出自己在这方面的具体问题和事例。',
      en: 'In "{area}", the aspect "{title}" is only restated from the requirement. Add your own findings on it after the restatement.',
    },
    heading: {
      zh: '“{area}”只有标题，“{title}”方面没有展开。请在标题下写出具体问题。',
      en: 'In "{area}", the aspect "{title}" appears only in a heading. Write your findings under it.',
    },
    fewWords: {
      zh: '“{area}”中的“{title}”方面着墨太少，只是一笔带过。请写具体：什么事、什么时候、造成什么影响。',
      en: 'In "{area}", the aspect "{title}" is only touched on. Be concrete: what, when, with what effect.',
    },
    itemRestated: {
      zh: '分项“{title}”只复述了要求的字样，没有写出自己的问题。请写明自己（或班子、支部）在这方面的具体表现，最好有事例、时间或数字。',
      en: 'Item "{title}" only restates the requirement. Write your own findings on it, with an example, a time or a number.',
    },
    itemFewWords: {
      zh: '分项“{title}”着墨太少，只是一笔带过。请写具体：什么事、什么时候、造成什么影响。',
      en: 'Item "{title}" is only touched on. Be concrete: what, when, with what effect.',
    },
  },
  run({ analysis }) {
    const out: Finding[] = [];
    for (const f of analysis.focusAreas) {
      // An item of a document-declared framework is its own only aspect: name it once.
      const item = f.aspects.length === 1 && f.aspects[0].title === f.title;
      for (const a of f.aspects) {
        if (a.status !== 'weak' || a.reason === 'placeholder') continue;
        const id = item ? (a.reason === 'few-words' ? 'itemFewWords' : 'itemRestated') : a.reason === 'heading' ? 'heading' : a.reason === 'few-words' ? 'fewWords' : 'restated';
        out.push(report(this, id, 'warning', a.paragraphs[0] ?? f.paragraph, { area: f.title, title: a.title }));
      }
    }
    return out;
  },
};
