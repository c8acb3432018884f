import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useState } from 'react';

import { useT } from '../../../app/i18n';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  NotificationSettingsDocument,
  SetEmailNotificationKindsDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** E-mail kinds and webhooks; a new webhook's secret is kept here to be shown once. */
export function useNotificationSettings() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(NotificationSettingsDocument);
  const [setKinds, { loading: savingKinds }] = useMutation(SetEmailNotificationKindsDocument);
  const [create, { loading: creating }] = useMutation(CreateWebhookDocument);
  const [remove] = useMutation(DeleteWebhookDocument);
  const [secret, setSecret] = useState<string | null>(null);

  return {
    emailKinds: data?.me.emailNotificationKinds ?? [],
    webhooks: data?.webhooks ?? [],
    loading: loading && !data,
    savingKinds,
    creating,
    secret,
    clearSecret: () => setSecret(null),
    saveEmailKinds: async (kinds: string[]) => {
      await setKinds({ variables: { kinds } });
      void message.success(t('settings.email.saved'));
    },
    createWebhook: async (
      form: FormInstance<{ url: string; kinds: string[] }>,
      values: { url: string; kinds: string[] },
    ) => {
      try {
        const { data: result } = await create({
          variables: { input: { url: values.url.trim(), kinds: values.kinds } },
          update(cache, { data: r }) {
            if (!r) return;
            cache.modify({
              fields: {
                webhooks: (existing: readonly { __ref: string }[] = [], { toReference }) => {
                  const ref = toReference(r.createWebhook.webhook, true);
                  return ref ? [ref, ...existing] : existing;
                },
              },
            });
          },
        });
        setSecret(result?.createWebhook.secret ?? null);
        form.resetFields();
      } catch (error) {
        for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      }
    },
    deleteWebhook: async (id: string) => {
      await remove({
        variables: { id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Webhook', id }) });
          cache.gc();
        },
      });
    },
  };
}
