import { Button, Result } from 'antd';
import { Link } from 'react-router';

import { useT } from '../../../app/i18n';
import { AppPath } from '../../../app/paths';

/** What a page that needs the caller's enterprise shows before it is registered. */
export function EnterpriseRequired() {
  const t = useT();
  return (
    <Result
      status="info"
      title={t('enterprise.needed')}
      extra={
        <Link to={AppPath.Enterprise}>
          <Button type="primary">{t('enterprise.needed.action')}</Button>
        </Link>
      }
    />
  );
}
