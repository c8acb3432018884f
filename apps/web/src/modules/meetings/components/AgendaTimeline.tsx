import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';

import { useT } from '../../../app/i18n';
import type { MyAgendaQuery } from '../../../generated/graphql';
import { formatDateTime, formatTime } from '../../../shared/format';

type Meeting = MyAgendaQuery['myAgenda'][number];

/** 我的日程: each meeting as a line of the day (time, table, counterpart); narrow screens read it top to bottom. */
export function AgendaTimeline({
  meetings,
  myEnterpriseId,
  actions,
}: {
  meetings: Meeting[];
  myEnterpriseId: string | null;
  actions?: (meeting: Meeting) => ReactNode;
}) {
  const t = useT();
  if (meetings.length === 0) return <Empty description={t('agenda.empty')} />;
  return (
    <Timeline
      aria-label={t('agenda.title')}
      items={meetings.map((meeting) => {
        const them = meeting.parties
          .filter((p) => p.id !== myEnterpriseId)
          .map((p) => p.name)
          .join('、');
        return {
          key: meeting.id,
          content: (
            <div role="group" aria-label={`${formatDateTime(meeting.startsAt)} ${them}`}>
              <Typography.Text strong>
                {formatDateTime(meeting.startsAt)}–{formatTime(meeting.endsAt)}
              </Typography.Text>{' '}
              <Tag color="blue">{t('agenda.table', { table: meeting.table })}</Tag>
              <div>
                {t('agenda.with')}：{them}
              </div>
              {actions && (
                <Space style={{ marginTop: 4 }} wrap>
                  {actions(meeting)}
                </Space>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
