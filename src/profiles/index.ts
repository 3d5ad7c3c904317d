/** Built-in profiles: data files validated by the same schema as a user's own profile. */
import { parseProfile, type Profile } from '../core/profile';
import { asLexicon, type Lexicon } from '../core/notice/lexicon';
import zuofeng from './zuofeng-2022.json';
import minzhu2024 from './minzhu-2024.json';
import zhuti2023 from './zhuti-2023.json';
import zuzhiZhibu from './zuzhi-zhibu.json';
import generic from './generic.json';
import lexiconData from './lexicon.json';

export const builtinProfiles: readonly Profile[] = [
  parseProfile(zuofeng, 'zuofeng-2022.json'),
  parseProfile(minzhu2024, 'minzhu-2024.json'),
  parseProfile(zhuti2023, 'zhuti-2023.json'),
  parseProfile(zuzhiZhibu, 'zuzhi-zhibu.json'),
  parseProfile(generic, 'generic.json'),
];

export function getBuiltinProfile(id: string): Profile | undefined {
  return builtinProfiles.find((p) => p.id === id);
}

/** The domain lexicon profiles made from a notice draw their keywords from (src/profiles/lexicon.json). */
export const domainLexicon: Lexicon = asLexicon(lexiconData);
