/** Never a blank pane: any render error becomes a readable message with a reload button. */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { tr, type Locale } from '../core/i18n';

interface Props {
  locale?: Locale;
  children: React.ReactNode;
}

export class ErrorBoundary extends React.Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const locale = this.props.locale ?? 'zh-CN';
    return (
      <div style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{tr(locale, 'errorBoundary')}</MessageBarTitle>
            <div>
              {tr(locale, 'errorDetails')}
              {error.message}
            </div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => this.setState({ error: null })}>
              {tr(locale, 'reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
}
