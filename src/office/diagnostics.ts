/**
 * What the Word host remembers for the 诊断 panel: the last read and apply, every Word error since the
 * pane opened, and warnings. Kept in memory only; nothing leaves the machine.
 */
import type { HostDiagnostics, HostWarning } from '../core/host';
import { HostError } from './errors';

const MAX_ERRORS = 50;

export class DiagRecorder {
  lastRead?: HostDiagnostics['lastRead'];
  lastApply?: HostDiagnostics['lastApply'];
  readonly errors: HostDiagnostics['errors'] = [];
  private readonly warningsByCode = new Map<string, HostWarning>();

  error(action: string, err: unknown): void {
    const e = err instanceof HostError ? err : null;
    this.errors.push({
      at: new Date().toISOString(),
      action,
      code: e?.code ?? 'general',
      wordCode: e?.wordCode,
      message: err instanceof Error ? err.message : String(err),
    });
    if (this.errors.length > MAX_ERRORS) this.errors.shift();
  }

  warn(code: string, message: string, messageEn: string): void {
    this.warningsByCode.set(code, { code, message, messageEn });
  }

  clearWarning(code: string): void {
    this.warningsByCode.delete(code);
  }

  get warnings(): HostWarning[] {
    return [...this.warningsByCode.values()];
  }
}

const SETS: [string, string][] = [
  ['WordApi', '1.1'],
  ['WordApi', '1.2'],
  ['WordApi', '1.3'],
  ['WordApi', '1.4'],
  ['WordApi', '1.5'],
  ['WordApi', '1.6'],
  ['WordApi', '1.7'],
  ['WordApi', '1.8'],
  ['WordApi', '1.9'],
  ['WordApiDesktop', '1.1'],
  ['WordApiDesktop', '1.2'],
  ['WordApiDesktop', '1.3'],
  ['WordApiDesktop', '1.4'],
];

/** Host, platform, Office version and the requirement sets present, as Office.js reports them. */
export function officeEnvironment(): { host: string; platform?: string; version?: string; requirementSets: string[] } {
  const out: { host: string; platform?: string; version?: string; requirementSets: string[] } = { host: 'Word', requirementSets: [] };
  try {
    const d = Office.context?.diagnostics;
    if (d) {
      out.host = String(d.host ?? 'Word');
      out.platform = String(d.platform ?? Office.context.platform ?? '');
      out.version = d.version;
    } else if (Office.context?.platform) out.platform = String(Office.context.platform);
    for (const [name, v] of SETS) if (Office.context.requirements.isSetSupported(name, v)) out.requirementSets.push(`${name} ${v}`);
  } catch {
    // Office.js not ready: report what we have.
  }
  return out;
}
