/** Profiles made from a meeting's notice: the reader and the profile builder. Pure. */
export * from './types';
export { readNotice } from './read';
export { buildProfileFromNotice, type BuildOptions, type BuiltProfile } from './build';
export { describeReading } from './describe';
export { asLexicon, keywordsFor, contentWords, type Lexicon } from './lexicon';
