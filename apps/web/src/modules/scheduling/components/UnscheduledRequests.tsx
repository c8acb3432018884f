import { Button, Card, List, Space, Tag, Typography } from 'antd';
import type { DragEvent } from 'react';

import { useT } from '../../../app/i18n';
import type { AcceptedRequestsQuery } from '../../../generated/graphql';
import { REQUEST_DRAG_TYPE } from './ScheduleGrid';

export type AcceptedRequest = NonNullable<AcceptedRequestsQuery['dockingEvent']>['meetingRequests'][number];

interface Props {
  requests: readonly AcceptedRequest[];
  onPlace: (request: AcceptedRequest) => void;
}

/** Accepted requests without a meeting: dragged onto a free cell, or placed through the dialog. */
export function UnscheduledRequests({ requests, onPlace }: Props) {
  const t = useT();
  return (
    <Card title={t('schedule.manual.title')} style={{ marginBottom: 16 }}>
      {requests.length === 0 ? (
        <Typography.Text type="secondary">{t('schedule.manual.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={requests}
          renderItem={(q) => {
            const name = `${q.requester.name} — ${q.invitee.name}`;
            const onDragStart = (e: DragEvent<HTMLDivElement>) => {
              e.dataTransfer.setData(REQUEST_DRAG_TYPE, q.id);
              e.dataTransfer.effectAllowed = 'move';
            };
            return (
              <List.Item
                actions={[
                  <Button key="place" size="small" onClick={() => onPlace(q)}>
                    {t('schedule.manual.place')}
                  </Button>,
                ]}
              >
                <div role="group" aria-label={name} draggable onDragStart={onDragStart} style={{ cursor: 'grab' }}>
                  <Space wrap>
                    <span>{name}</span>
                    {q.mutual && <Tag color="blue">{t('schedule.manual.mutual')}</Tag>}
                    {q.tableTags.length > 0 && (
                      <Tag>{t('schedule.manual.needs', { tags: q.tableTags.join('、') })}</Tag>
                    )}
                  </Space>
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
