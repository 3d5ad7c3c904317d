/** Lazy-loaded: reads a profile file chosen by the user and validates it, listing every bad field's path. */
import * as React from 'react';
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { parseProfileJson, ProfileError, type Profile } from '../core/profile';
import { tr, type Locale } from '../core/i18n';
import { readFile } from './browser-files';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  input: { maxWidth: '100%', fontSize: tokens.fontSizeBase200 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

export interface ProfileLoaderProps {
  locale: Locale;
  onLoaded(profile: Profile, text: string): void;
  onCancel(): void;
}


export default function ProfileLoader({ locale, onLoaded, onCancel }: ProfileLoaderProps) {
  const s = useStyles();
  const id = React.useId();
  const [problems, setProblems] = React.useState<{ path: string; message: string }[] | null>(null);
  const [error, setError] = React.useState('');

  const onChange = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setProblems(null);
    setError('');
    try {
      const text = await readFile(file);
      const profile = parseProfileJson(text, file.name);
      onLoaded(profile, text);
    } catch (err) {
      if (err instanceof ProfileError) {
        setProblems(err.problems);
        setError(err.problems.length ? '' : err.message);
      } else setError((err as Error).message);
    }
  };

  return (
    <div className={s.root} data-testid="profile-loader">
      <label htmlFor={id}>
        <Caption1>{tr(locale, 'profileChooseFile')}</Caption1>
      </label>
      <input id={id} className={s.input} type="file" accept=".json,application/json" onChange={onChange} data-testid="profile-file" />
      {problems || error ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{tr(locale, 'profileFileError')}</MessageBarTitle>
            {error ? <div>{error}</div> : null}
            {problems && problems.length ? (
              <ul className={s.problems}>
                {problems.map((p, i) => (
                  <li key={i}>
                    {p.path ? <><span className={s.path}>{p.path}</span>：</> : null}{p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button size="small" onClick={onCancel}>
          {tr(locale, 'profileCancel')}
        </Button>
      </div>
    </div>
  );
}
