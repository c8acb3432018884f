import { Button } from 'antd';
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
  // Plain markup: this boundary is in the first chunk, antd's Result (with its pictures) is not.
  return (
    <div role="alert" style={{ padding: 48, textAlign: 'center' }}>
      <h2>{t(chunk ? 'app.loadFailed' : 'app.crashed')}</h2>
      {chunk && <p>{t('app.loadFailedHint')}</p>}
      <Button type="primary" onClick={() => location.reload()}>
        {t('app.reload')}
      </Button>
    </div>
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
