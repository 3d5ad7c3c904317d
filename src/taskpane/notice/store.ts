/**
 * Profiles the pane keeps: those saved in the document (a document setting, so they travel with the file) and
 * the ones used recently (the browser's localStorage). Entries hold the profile JSON; they are validated when used.
 */
export interface KeptProfile {
  id: string;
  name: string;
  text: string;
}

export const SETTING_SAVED_PROFILES = 'xingshen.savedProfiles';
const RECENT_KEY = 'xingshen.recentProfiles';
const MAX_RECENT = 5;

function parseList(raw: string | null | undefined): KeptProfile[] {
  if (!raw) return [];
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is KeptProfile => !!x && typeof x.id === 'string' && typeof x.name === 'string' && typeof x.text === 'string') : [];
  } catch {
    return [];
  }
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed web view)
  }
}

export function recentProfiles(): KeptProfile[] {
  return parseList(storage()?.getItem(RECENT_KEY));
}

export function rememberRecent(p: KeptProfile): void {
  const s = storage();
  if (!s) return;
  const list = [p, ...recentProfiles().filter((x) => x.id !== p.id)].slice(0, MAX_RECENT);
  try {
    s.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    /* quota: recent profiles are a convenience */
  }
}

export interface SettingsHost {
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}

export async function savedProfiles(host: SettingsHost): Promise<KeptProfile[]> {
  return parseList(await host.getSetting(SETTING_SAVED_PROFILES));
}

export async function saveProfile(host: SettingsHost, p: KeptProfile): Promise<void> {
  const list = [p, ...(await savedProfiles(host)).filter((x) => x.id !== p.id)];
  await host.setSetting(SETTING_SAVED_PROFILES, JSON.stringify(list));
}
