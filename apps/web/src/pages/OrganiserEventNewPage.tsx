import { Card, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import { useT } from '../app/i18n';
import { AppPath, pathTo } from '../app/paths';
import { EventForm } from '../modules/organiser/components/EventForm';
import { useEventForm } from '../modules/organiser/hooks/useEventForm';
import type { EventFormValues } from '../modules/organiser/utils/eventInput';
import { blankEventFormValues } from '../modules/organiser/utils/eventInput';

export default function OrganiserEventNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<EventFormValues>();
  const [initial] = useState(blankEventFormValues);
  // Once the event exists its settings page takes over: until that page is on screen this form
  // stays read-only, since what is typed here after the save would be lost with it.
  const [created, setCreated] = useState(false);
  const { submit, saving } = useEventForm(form, null, (event) => {
    setCreated(true);
    void navigate(pathTo(AppPath.OrganiserEventTab, { eventId: event.id, tab: 'settings' }));
  });
  // The settings page's code is fetched while the organiser fills this form, not after the save.
  useEffect(() => void import('./OrganiserEventPage'), []);
  return (
    <Card title={t('eventForm.createTitle')}>
      <EventForm
        form={form}
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        saving={saving}
        disabled={saving || created}
        submitLabel={t('eventForm.create')}
      />
    </Card>
  );
}
