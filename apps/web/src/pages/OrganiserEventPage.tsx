import { Button, Card, Form, Skeleton, Space, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath, pathTo } from '../app/paths';
import { EventForm } from '../modules/organiser/components/EventForm';
import { ImportWizard } from '../modules/organiser/components/ImportWizard';
import { RegistrationReview } from '../modules/organiser/components/RegistrationReview';
import { RequestsOverview } from '../modules/organiser/components/RequestsOverview';
import { SessionsCard } from '../modules/organiser/components/SessionsCard';
import { useEventForm } from '../modules/organiser/hooks/useEventForm';
import { useOrganiserEvent } from '../modules/organiser/hooks/useOrganiserEvent';
import type { EventFormValues } from '../modules/organiser/utils/eventInput';
import { toEventFormValues } from '../modules/organiser/utils/eventInput';
import { RoundTableForm } from '../modules/roundtables/components/RoundTableForm';
import { formatPeriod } from '../shared/format';
import NotFoundPage from './NotFoundPage';

const TABS = ['settings', 'registrations', 'import', 'requests', 'roundtables'] as const;
type Tab = (typeof TABS)[number];

export default function OrganiserEventPage() {
  const t = useT();
  const navigate = useNavigate();
  const { eventId = '', tab } = useParams();
  const active: Tab = TABS.includes(tab as Tab) ? (tab as Tab) : 'registrations';
  const { event, loading } = useOrganiserEvent(eventId);
  const [form] = Form.useForm<EventFormValues>();
  const { submit, saving } = useEventForm(form, event, () => undefined);
  if (loading) return <Skeleton active />;
  if (!event) return <NotFoundPage />;
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={4}>
          <Link to={AppPath.OrganiserEvents}>{t('organiser.back')}</Link>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {event.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {formatPeriod(event.startsAt, event.endsAt)} · {event.venue}
          </Typography.Text>
          <Space wrap>
            <Link to={pathTo(AppPath.EventDetail, { eventId })}>
              <Button size="small">{t('organiser.viewPublic')}</Button>
            </Link>
            <Link to={pathTo(AppPath.EventSchedule, { eventId })}>
              <Button size="small">{t('organiser.goSchedule')}</Button>
            </Link>
            <Link to={pathTo(AppPath.EventDay, { eventId })}>
              <Button size="small">{t('eventDay.open')}</Button>
            </Link>
            <Link to={pathTo(AppPath.EventFloor, { eventId })}>
              <Button size="small">{t('floor.title')}</Button>
            </Link>
            <Link to={pathTo(AppPath.EventReport, { eventId })}>
              <Button size="small">{t('organiser.goReport')}</Button>
            </Link>
          </Space>
        </Space>
      </Card>
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => void navigate(pathTo(AppPath.OrganiserEventTab, { eventId, tab: key }))}
          destroyOnHidden
          items={[
            {
              key: 'registrations',
              label: t('organiser.tab.registrations'),
              children: <RegistrationReview eventId={eventId} />,
            },
            { key: 'import', label: t('organiser.tab.import'), children: <ImportWizard eventId={eventId} /> },
            { key: 'requests', label: t('organiser.tab.requests'), children: <RequestsOverview eventId={eventId} /> },
            { key: 'roundtables', label: t('roundTables.title'), children: <RoundTableForm eventId={eventId} /> },
            {
              key: 'settings',
              label: t('organiser.tab.settings'),
              children: (
                <>
                  {/* Initial values apply once per event: later saves keep what the organiser typed. */}
                  <EventForm
                    key={event.id}
                    form={form}
                    initialValues={toEventFormValues(event)}
                    onFinish={(v) => void submit(v)}
                    saving={saving}
                    submitLabel={t('eventForm.save')}
                  />
                  <SessionsCard event={event} />
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
