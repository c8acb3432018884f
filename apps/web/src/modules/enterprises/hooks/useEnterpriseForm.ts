import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { EnterpriseProfileFragment, EnterpriseScale, ParticipantType, Sector } from '../../../generated/graphql';
import { MyEnterpriseDocument, RegisterEnterpriseDocument, UpdateEnterpriseDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { errorCodeOf, graphQLErrorsOf } from '../../../shared/graphqlErrors';

export interface EnterpriseFormValues {
  name: string;
  creditCode: string;
  region: string[];
  sector: Sector;
  /** Left empty at registration: the server proposes it from the credit code and the name. */
  participantType?: ParticipantType | null;
  scale?: EnterpriseScale | null;
  categoryCodes: string[];
  description?: string;
  contactName?: string;
  contactPhone?: string;
}

export function toFormValues(e: EnterpriseProfileFragment | null | undefined, path: (code: string) => string[]) {
  if (!e) return { categoryCodes: [], region: [] };
  return {
    name: e.name,
    creditCode: e.creditCode,
    region: path(e.region.code),
    sector: e.sector,
    participantType: e.participantType,
    scale: e.scale ?? null,
    categoryCodes: e.categories.map((c) => c.code),
    description: e.description ?? '',
    contactName: e.contactName ?? '',
    contactPhone: e.contactPhone ?? '',
  };
}

/**
 * The caller's enterprise: register it (the caller becomes its owner) or edit it. Field errors go
 * on their fields; a taken credit code (CONFLICT) on the credit code field.
 */
export function useEnterpriseForm(form: FormInstance<EnterpriseFormValues>) {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(MyEnterpriseDocument);
  const me = data?.me;
  const enterprise = me?.enterprise ?? null;
  const [register, { loading: registering }] = useMutation(RegisterEnterpriseDocument);
  const [update, { loading: updating }] = useMutation(UpdateEnterpriseDocument);

  async function submit(values: EnterpriseFormValues) {
    const common = {
      name: values.name.trim(),
      regionCode: values.region[values.region.length - 1],
      sector: values.sector,
      scale: values.scale ?? null,
      categoryCodes: values.categoryCodes,
      description: values.description || null,
      contactName: values.contactName || null,
      contactPhone: values.contactPhone || null,
    };
    try {
      if (enterprise) {
        await update({ variables: { id: enterprise.id, input: common } });
        void message.success(t('enterprise.saved'));
      } else {
        const { data: result } = await register({
          variables: {
            input: {
              ...common,
              creditCode: values.creditCode.trim().toUpperCase(),
              participantType: values.participantType ?? null,
            },
          },
          // A firm an organiser imported and nobody claimed is not the caller's yet (认领企业): the
          // claim waits for review, and the page lists it instead of the firm.
          refetchQueries: ['MyEnterpriseClaims'],
          update(cache, { data: answer }) {
            if (!me || !answer?.registerEnterprise.claimed) return;
            cache.modify({
              id: cache.identify({ __typename: 'User', id: me.id }),
              fields: { enterprise: (_, { toReference }) => toReference(answer.registerEnterprise, true) },
            });
          },
        });
        if (result?.registerEnterprise.claimed === false) {
          form.resetFields();
          void message.info(t('enterprise.claim.submitted'));
        } else void message.success(t('enterprise.registered'));
      }
    } catch (error) {
      if (errorCodeOf(error) === 'CONFLICT') {
        form.setFields([{ name: 'creditCode', errors: [t('enterprise.creditCode.taken')] }]);
        return;
      }
      const unowned = applyServerErrors(form, graphQLErrorsOf(error));
      for (const text of unowned) void message.error(text);
    }
  }

  return { enterprise, loading: loading && !data, saving: registering || updating, submit };
}
