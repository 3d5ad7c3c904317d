import type { Rule } from '../findings';
import { runPackEntries } from './terms-formulation';

/** Words commonly misused in 公文 (curated list in the typos pack). */
export const termsTypo: Rule = {
  id: 'terms/typo',
  category: 'terms',
  description: { zh: '公文中常见的错别字和易混词', en: 'Words commonly misspelt or confused in official writing' },
  messages: {
    wrong: { zh: '“{found}”疑为错别字，应为“{expected}”。{note}', en: '"{found}" looks like a typo for "{expected}". {noteEn}' },
    order: { zh: '“{found}”顺序不对，应为“{expected}”。{note}', en: '"{found}" is out of order; use "{expected}". {noteEn}' },
    missing: { zh: '“{found}”缺少“{missing}”，应为“{expected}”。{note}', en: '"{found}" leaves out "{missing}"; use "{expected}". {noteEn}' },
    doubled: { zh: '“{found}”重复了，应为“{expected}”。{note}', en: '"{found}" is written twice; use "{expected}". {noteEn}' },
  },
  run(ctx) {
    return runPackEntries(this, 'terms/typo', ctx);
  },
};
