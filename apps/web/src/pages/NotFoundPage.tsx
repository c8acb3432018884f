import { Button, Result } from 'antd';
import { Link } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath } from '../app/paths';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Link to={AppPath.Home}>
          <Button type="primary">{t('app.home')}</Button>
        </Link>
      }
    />
  );
}
