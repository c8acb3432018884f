import { App as AntApp, Button, Dropdown, Grid, Layout, Menu } from 'antd';
import { Suspense, useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';

import { useLogOut } from '../modules/accounts/hooks/useLogOut';
import { useMe } from '../modules/accounts/hooks/useMe';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { NotificationsEffect } from '../modules/notifications/components/NotificationsEffect';
import { useConsoleClient } from './ConsoleClientContext';
import { ErrorBoundary } from './ErrorBoundary';
import { onFeedback } from './feedback';
import { useI18n } from './i18n';
import { groupMenu, MEMBER_MENU } from './menu';
import { PageSkeleton } from './PageSkeleton';
import { AppPath } from './paths';

/**
 * The signed-in frame: guards the routes below it (no session → log-in page, back here after),
 * holds the menu, the bell and the one NotificationsEffect, and turns link-level feedback into toasts.
 */
export function MemberLayout() {
  const { me, loading, signedOut } = useMe();
  const { t, language, setLanguage } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const { restartLive } = useConsoleClient();
  const logOut = useLogOut(restartLive, () => void navigate(AppPath.LogIn));
  const screens = Grid.useBreakpoint();
  // Only a log-in this page has seen can have expired: a first visit goes to log-in without the warning.
  const wasSignedIn = useRef(false);
  if (me) wasSignedIn.current = true;

  useEffect(
    () =>
      onFeedback((event) => {
        if (event.kind === 'unauthenticated') {
          if (wasSignedIn.current) void message.warning({ content: t('app.sessionExpired'), key: 'session' });
          void navigate(`${AppPath.LogIn}?next=${encodeURIComponent(location.pathname)}`);
        } else if (event.kind === 'unexpected')
          void message.error({
            content: t('app.unexpected', { requestId: event.requestId ?? '—' }),
            key: 'unexpected',
          });
        else if (event.kind === 'network') void message.error({ content: t('app.network'), key: 'network' });
      }),
    [message, navigate, location.pathname, t],
  );

  if (signedOut) return <Navigate to={`${AppPath.LogIn}?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (loading || !me) return <PageSkeleton />;

  const type = me.enterprise?.participantType;
  const menu = MEMBER_MENU.filter(
    (item) =>
      (!item.roles || item.roles.includes(me.role)) &&
      (!item.participantTypes || (!!type && item.participantTypes.includes(type))),
  );
  const selected = menu.filter((item) => location.pathname.startsWith(item.path)).map((item) => item.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <NotificationsEffect />
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, padding: screens.md ? '0 24px' : '0 8px' }}
      >
        <div style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.name')}
          {screens.md && <span style={{ opacity: 0.7, marginLeft: 8, fontWeight: 400 }}>{t('app.subtitle')}</span>}
        </div>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 0 }}
          items={groupMenu(menu).map((entry) =>
            'items' in entry
              ? {
                  key: entry.group,
                  label: t(entry.group),
                  children: entry.items.map((item) => ({
                    key: item.path,
                    label: t(item.title),
                    onClick: () => void navigate(item.path),
                  })),
                }
              : { key: entry.path, label: t(entry.title), onClick: () => void navigate(entry.path) },
          )}
        />
        <NotificationBell />
        <Dropdown
          menu={{
            items: [
              {
                key: 'lang',
                label: t('app.switchLanguage'),
                onClick: () => setLanguage(language === 'zh-CN' ? 'en-US' : 'zh-CN'),
              },
              {
                key: 'settings',
                label: t('menu.settings'),
                onClick: () => void navigate(AppPath.NotificationSettings),
              },
              {
                key: 'account',
                label: t('menu.account'),
                onClick: () => void navigate(AppPath.AccountSecurity),
              },
              { key: 'logout', label: t('app.logout'), onClick: () => void logOut() },
            ],
          }}
        >
          <Button type="text" style={{ color: '#fff' }}>
            {me.displayName}
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout.Content style={{ padding: screens.md ? 24 : 8, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Layout.Content>
    </Layout>
  );
}
