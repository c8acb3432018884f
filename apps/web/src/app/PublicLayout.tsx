import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';

import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './i18n';
import { PageSkeleton } from './PageSkeleton';

/** Log-in and sign-up: a centred card under the platform's name. */
export function PublicLayout() {
  const t = useT();
  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <h2>
        {t('app.name')} · {t('app.subtitle')}
      </h2>
      <ErrorBoundary>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
