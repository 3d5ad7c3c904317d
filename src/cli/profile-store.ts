/**
 * Profiles people keep: a folder of profile JSON files in the user's config directory
 * ($XDG_CONFIG_HOME or ~/.config on Linux and macOS, %APPDATA% on Windows, then xingshen/profiles),
 * or the folder given with --profiles-dir (or $XINGSHEN_PROFILES_DIR).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseProfileJson, type Profile } from '../core/profile';

type Env = Record<string, string | undefined>;

/** The default user profile folder. */
export function defaultProfilesDir(env: Env = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env.XINGSHEN_PROFILES_DIR) return env.XINGSHEN_PROFILES_DIR;
  const base = platform === 'win32' ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming')) : (env.XDG_CONFIG_HOME || path.join(home, '.config'));
  return path.join(base, 'xingshen', 'profiles');
}

export interface StoredProfile {
  file: string;
  profile?: Profile;
  /** Why the file is not a usable profile (zh-CN). */
  error?: string;
}

/** Every .json file in the folder, validated; a missing folder is an empty list. */
export async function listUserProfiles(dir: string): Promise<StoredProfile[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
  const out: StoredProfile[] = [];
  for (const n of names) {
    const file = path.join(dir, n);
    try {
      out.push({ file, profile: parseProfileJson(await fs.readFile(file, 'utf8'), n) });
    } catch (e) {
      out.push({ file, error: (e as Error).message });
    }
  }
  return out;
}

/** The user profile with this id, if the folder has a valid one. */
export async function findUserProfile(id: string, dir: string = defaultProfilesDir()): Promise<Profile | undefined> {
  return (await listUserProfiles(dir)).find((s) => s.profile?.id === id)?.profile;
}
