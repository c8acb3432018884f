import { Result } from 'antd';
import { Outlet } from 'react-router';

import { useMe } from '../modules/accounts/hooks/useMe';
import { useT } from './i18n';
import { ORGANISER_ROLES } from './menu';

/** The role guard of the organiser's pages (活动管理): ORGANISER or ADMIN, inside the signed-in frame. */
export function RequireOrganiser() {
  const { me } = useMe();
  const t = useT();
  if (!me) return null;
  if (!ORGANISER_ROLES.includes(me.role)) return <Result status="403" title={t('organiser.forbidden')} />;
  return <Outlet />;
}
