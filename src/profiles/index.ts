/** Built-in profiles: data files validated by the same schema as a user's own profile. */
import { parseProfile, type Profile } from '../core/profile';
import zuofeng from './zuofeng-2022.json';
import generic from './generic.json';

export const builtinProfiles: readonly Profile[] = [parseProfile(zuofeng, 'zuofeng-2022.json'), parseProfile(generic, 'generic.json')];

export function getBuiltinProfile(id: string): Profile | undefined {
  return builtinProfiles.find((p) => p.id === id);
}
