import { Card, Space, Tag, Typography } from 'antd';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

import { useT } from '../../../app/i18n';
import { formatDateTime } from '../../../shared/format';
import { useMyCheckIn } from '../hooks/useMyCheckIn';

/** 签到码 on a firm's agenda: the QR code the door scanner reads, the code itself, and whether the firm is in. */
export function CheckInCodeCard({ eventId }: { eventId: string }) {
  const t = useT();
  const { checkIn } = useMyCheckIn(eventId);
  const image = useMemo(() => {
    if (!checkIn) return null;
    const qr = qrcode(0, 'M');
    qr.addData(checkIn.code);
    qr.make();
    return qr.createDataURL(5, 4);
  }, [checkIn]);
  if (!checkIn || !image) return null;
  return (
    <Card size="small" title={t('myCheckIn.title')} style={{ marginBottom: 16 }}>
      <Space align="start" wrap>
        <img src={image} alt={t('myCheckIn.qr')} width={180} height={180} style={{ imageRendering: 'pixelated' }} />
        <Space orientation="vertical">
          {checkIn.checkedInAt ? (
            <Tag color="green">{t('myCheckIn.done', { time: formatDateTime(checkIn.checkedInAt) })}</Tag>
          ) : (
            <Tag>{t('myCheckIn.pending')}</Tag>
          )}
          <Typography.Text type="secondary">{t('myCheckIn.hint')}</Typography.Text>
          <Typography.Text code copyable aria-label={t('myCheckIn.title')}>
            {checkIn.code}
          </Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}
