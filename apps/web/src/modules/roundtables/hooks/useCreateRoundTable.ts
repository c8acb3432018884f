import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import {
  CreateRoundTableDocument,
  EventRoundTablesDocument,
  RoundTableHostsDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

export interface RoundTableFormValues {
  hostEnterpriseId: string | null;
  topic: string;
  description: string;
  table: string | null;
  startsAt: string | null;
  slots: number;
  capacity: number;
}

/** The organiser sets up a round table; the approved registrants are the hosts to choose from. */
export function useCreateRoundTable(eventId: string, form: FormInstance<RoundTableFormValues>) {
  const t = useT();
  const { message } = App.useApp();
  const hosts = useQuery(RoundTableHostsDocument, { variables: { eventId } });
  const [create, { loading }] = useMutation(CreateRoundTableDocument, {
    refetchQueries: [{ query: EventRoundTablesDocument, variables: { eventId } }],
  });

  async function submit(v: RoundTableFormValues) {
    try {
      await create({
        variables: {
          eventId,
          input: {
            hostEnterpriseId: v.hostEnterpriseId ?? '',
            topic: v.topic ?? '',
            description: v.description || null,
            table: v.table ?? '',
            startsAt: v.startsAt ?? '',
            slots: v.slots,
            capacity: v.capacity,
          },
        },
      });
      void message.success(t('roundTables.created'));
      form.resetFields();
    } catch (e) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(e))) void message.error(text);
    }
  }
  return {
    hosts: (hosts.data?.dockingEvent?.registrations ?? []).map((r) => r.enterprise),
    submit,
    creating: loading,
  };
}
