/**
 * 从通知生成…: paste the meeting notice or choose its file, see the items and sub-points it names, rename, merge,
 * split, delete or add items and edit their keywords, then 使用 (check now), 保存到文档 or 导出配置文件.
 * Also lists the profiles saved in the document and the ones used recently. Loaded only when opened.
 */
import * as React from 'react';
import { Button, Caption1, Input, Label, makeStyles, MessageBar, MessageBarBody, Select, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n';
import { readNotice, type NoticeReading } from '../../core/notice';
import { parseProfileJson, type Profile } from '../../core/profile';
import { displayText } from '../../core/model';
import { readDocument } from '../../docx';
import { add, derivedKeywords, itemsOf, mergeUp, profileFrom, remove, rename, setKeywords, setSubPoints, split, type EditItem } from './model';
import { recentProfiles, rememberRecent, savedProfiles, saveProfile, type KeptProfile, type SettingsHost } from './store';
import { nt } from './strings';
import { download } from '../browser-files';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  kept: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalXS, minWidth: 0 },
});

export interface NoticeDialogProps {
  locale: Locale;
  host?: SettingsHost;
  onUse(profile: Profile, text: string): void;
  onClose(): void;
}

/** The notice file's paragraphs. */
async function fileLines(file: File): Promise<string[]> {
  const buf =
    typeof file.arrayBuffer === 'function'
      ? await file.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const r = new FileReader(); // older WebKit web views
          r.onload = () => resolve(r.result as ArrayBuffer);
          r.onerror = () => reject(r.error ?? new Error('FileReader'));
          r.readAsArrayBuffer(file);
        });
  // .docx/.docm, and .txt in UTF-8, UTF-16 or GBK: read as the checker reads documents.
  return readDocument(new Uint8Array(buf), file.name).paragraphs.map(displayText);
}

function Kept({ locale, host, onUse }: { locale: Locale; host?: SettingsHost; onUse(p: KeptProfile): void }) {
  const s = useStyles();
  const [saved, setSaved] = React.useState<KeptProfile[]>([]);
  const recent = React.useMemo(() => recentProfiles(), []);
  React.useEffect(() => {
    if (host) savedProfiles(host).then(setSaved, () => setSaved([]));
  }, [host]);
  const row = (p: KeptProfile, where: string) => (
    <div key={`${where}:${p.id}`} className={s.kept} data-testid={`kept-${where}`}>
      <Caption1 truncate wrap={false} title={p.name}>
        {p.name}
      </Caption1>
      <Button size="small" onClick={() => onUse(p)}>
        {nt(locale, 'useThis')}
      </Button>
    </div>
  );
  return (
    <div data-testid="notice-kept">
      <Label size="small" weight="semibold">
        {nt(locale, 'mine')}
      </Label>
      {saved.length ? <Caption1 className={s.muted} block>{nt(locale, 'inDoc')}</Caption1> : null}
      {saved.map((p) => row(p, 'doc'))}
      {recent.length ? <Caption1 className={s.muted} block>{nt(locale, 'recent')}</Caption1> : null}
      {recent.map((p) => row(p, 'recent'))}
      {!saved.length && !recent.length ? <Caption1 className={s.muted} block>{nt(locale, 'empty')}</Caption1> : null}
    </div>
  );
}

function ItemEditor({ locale, it, n, onChange, first }: { locale: Locale; it: EditItem; n: number; first: boolean; onChange(f: (items: EditItem[]) => EditItem[]): void }) {
  const s = useStyles();
  const id = React.useId();
  return (
    <div className={s.item} data-testid="notice-item">
      <Label htmlFor={`${id}-t`} size="small">
        {nt(locale, 'item', { n })} · {nt(locale, 'itemTitle')}
      </Label>
      <Input id={`${id}-t`} value={it.title} onChange={(_, d) => onChange((xs) => rename(xs, it.key, d.value))} data-testid="notice-item-title" />
      <Label htmlFor={`${id}-s`} size="small">
        {nt(locale, 'subPoints')}
      </Label>
      <Textarea id={`${id}-s`} value={it.subPoints.join('\n')} resize="vertical" onChange={(_, d) => onChange((xs) => setSubPoints(xs, it.key, d.value))} data-testid="notice-item-subpoints" />
      <Label htmlFor={`${id}-k`} size="small">
        {nt(locale, 'keywords')}
      </Label>
      <Input id={`${id}-k`} value={(it.keywords ?? derivedKeywords(it)).join('、')} onChange={(_, d) => onChange((xs) => setKeywords(xs, it.key, d.value))} data-testid="notice-item-keywords" />
      <div className={s.row}>
        <Button size="small" disabled={first} onClick={() => onChange((xs) => mergeUp(xs, it.key))} data-testid="notice-item-merge">
          {nt(locale, 'merge')}
        </Button>
        <Button size="small" disabled={it.subPoints.length < 2} onClick={() => onChange((xs) => split(xs, it.key))} data-testid="notice-item-split">
          {nt(locale, 'split')}
        </Button>
        <Button size="small" onClick={() => onChange((xs) => remove(xs, it.key))} data-testid="notice-item-remove">
          {nt(locale, 'remove')}
        </Button>
      </div>
    </div>
  );
}


export default function NoticeDialog({ locale, host, onUse, onClose }: NoticeDialogProps) {
  const s = useStyles();
  const pasteId = React.useId();
  const [text, setText] = React.useState('');
  const [reading, setReading] = React.useState<NoticeReading | null>(null);
  const [list, setList] = React.useState(0);
  const [items, setItems] = React.useState<EditItem[]>([]);
  const [message, setMessage] = React.useState<{ intent: 'error' | 'success'; text: string } | null>(null);

  const read = (lines: string | string[]) => {
    const r = readNotice(lines);
    setReading(r);
    setList(0);
    setItems(itemsOf(r, 0));
    setMessage(r.lists.length ? null : { intent: 'error', text: nt(locale, 'none') });
  };
  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (!f) return;
    try {
      const lines = await fileLines(f);
      setText(lines.join('\n'));
      read(lines);
    } catch (err) {
      setMessage({ intent: 'error', text: nt(locale, 'readError', { message: (err as Error).message }) });
    }
  };
  const build = (): { profile: Profile; text: string } | null => {
    if (!reading) return null;
    try {
      return profileFrom(reading, list, items);
    } catch (err) {
      setMessage({ intent: 'error', text: nt(locale, 'invalid', { message: (err as Error).message }) });
      return null;
    }
  };
  const use = (p: Profile, json: string) => {
    rememberRecent({ id: p.id, name: p.name, text: json });
    onUse(p, json);
  };
  const useKept = (k: KeptProfile) => {
    try {
      use(parseProfileJson(k.text, k.name), k.text);
    } catch (err) {
      setMessage({ intent: 'error', text: nt(locale, 'invalid', { message: (err as Error).message }) });
    }
  };
  const current = reading?.lists[list];

  return (
    <section className={s.root} aria-label={nt(locale, 'title')} data-testid="notice-dialog">
      <Subtitle2>{nt(locale, 'title')}</Subtitle2>
      <Kept locale={locale} host={host} onUse={useKept} />
      <Caption1 className={s.muted}>{nt(locale, 'intro')}</Caption1>
      <Label htmlFor={pasteId} size="small">
        {nt(locale, 'paste')}
      </Label>
      <Textarea id={pasteId} value={text} resize="vertical" rows={5} onChange={(_, d) => setText(d.value)} data-testid="notice-text" />
      <div className={s.row}>
        <Button appearance="primary" size="small" disabled={!text.trim()} onClick={() => read(text)} data-testid="notice-read">
          {nt(locale, 'read')}
        </Button>
        <label>
          <Caption1>{nt(locale, 'chooseFile')}</Caption1>
          <input type="file" accept=".docx,.docm,.txt,text/plain" onChange={(e) => void onFile(e)} data-testid="notice-file" />
        </label>
      </div>
      {message ? (
        <MessageBar intent={message.intent} role={message.intent === 'error' ? 'alert' : 'status'} data-testid="notice-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {reading && reading.lists.length > 1 ? (
        <Select
          value={String(list)}
          onChange={(_, d) => {
            setList(Number(d.value));
            setItems(itemsOf(reading, Number(d.value)));
          }}
          aria-label={nt(locale, 'lists', { n: reading.lists.length })}
          data-testid="notice-list"
        >
          {reading.lists.map((l, i) => (
            <option key={i} value={String(i)}>
              {nt(locale, 'listFor', { n: i + 1, for: l.for ?? nt(locale, 'unknownFor'), count: l.items.length })}
            </option>
          ))}
        </Select>
      ) : null}
      {current ? (
        <>
          <Caption1 data-testid="notice-summary">
            {[current.for, current.framework ? nt(locale, 'framework', { name: current.framework.name }) : ''].filter(Boolean).join('，')}
            {reading && (reading.asks.prior || reading.asks.study) ? `　${nt(locale, 'asks', { what: [reading.asks.prior ? nt(locale, 'prior') : '', reading.asks.study ? nt(locale, 'study') : ''].filter(Boolean).join('、') })}` : ''}
          </Caption1>
          {items.map((it, k) => (
            <ItemEditor key={it.key} locale={locale} it={it} n={k + 1} first={k === 0} onChange={(f) => setItems(f)} />
          ))}
          <div className={s.row}>
            <Button size="small" onClick={() => setItems((xs) => add(xs, nt(locale, 'newItem')))} data-testid="notice-add">
              {nt(locale, 'add')}
            </Button>
          </div>
          <div className={s.row}>
            <Button
              appearance="primary"
              disabled={!items.length}
              onClick={() => {
                const b = build();
                if (b) use(b.profile, b.text);
              }}
              data-testid="notice-use"
            >
              {nt(locale, 'use')}
            </Button>
            {host ? (
              <Button
                disabled={!items.length}
                onClick={() => {
                  const b = build();
                  if (!b) return;
                  saveProfile(host, { id: b.profile.id, name: b.profile.name, text: b.text }).then(
                    () => setMessage({ intent: 'success', text: nt(locale, 'saved', { name: b.profile.name }) }),
                    (err: Error) => setMessage({ intent: 'error', text: err.message }),
                  );
                }}
                data-testid="notice-save"
              >
                {nt(locale, 'save')}
              </Button>
            ) : null}
            <Button
              disabled={!items.length}
              onClick={() => {
                const b = build();
                if (b) download(`${b.profile.id}.json`, b.text + '\n');
              }}
              data-testid="notice-export"
            >
              {nt(locale, 'export')}
            </Button>
          </div>
        </>
      ) : null}
      <div>
        <Button size="small" onClick={onClose}>
          {nt(locale, 'cancel')}
        </Button>
      </div>
    </section>
  );
}
