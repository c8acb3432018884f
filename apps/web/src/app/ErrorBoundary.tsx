import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Component } from 'react';

import { useT } from './i18n';

/** A route chunk that failed to download (network, or a deploy replaced it) rather than a crash. */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|ChunkLoadError/i.test(
    text,
  );
}

function Fallback({ error }: { error: unknown }) {
  const t = useT();
  const chunk = isChunkLoadError(error);
  return (
    <Result
      status={chunk ? 'warning' : 'error'}
      title={t(chunk ? 'app.loadFailed' : 'app.crashed')}
      subTitle={chunk ? t('app.loadFailedHint') : undefined}
      extra={
        <Button type="primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </Button>
      }
    />
  );
}

/** Keeps a failing page from blanking the console; says 页面加载失败 for a lost chunk. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    return this.state.error ? <Fallback error={this.state.error} /> : this.props.children;
  }
}
