import { Card, Form } from 'antd';
import { useState } from 'react';
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
  const { submit, saving } = useEventForm(form, null, (event) => {
    void navigate(pathTo(AppPath.OrganiserEventTab, { eventId: event.id, tab: 'settings' }));
  });
  return (
    <Card title={t('eventForm.createTitle')}>
      <EventForm
        form={form}
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        saving={saving}
        submitLabel={t('eventForm.create')}
      />
    </Card>
  );
}
