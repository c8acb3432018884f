import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { CreateTechnologyNeedDocument, MyTechnologyNeedsDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import type { NeedFormValues } from '../utils/researchLabels';
import { toNeedInput } from '../utils/researchLabels';

/** The firm's technology needs; post one (matched by the server at once). */
export function useTechnologyNeeds() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(MyTechnologyNeedsDocument);
  const [create, { loading: saving }] = useMutation(CreateTechnologyNeedDocument);

  async function post(form: FormInstance<NeedFormValues>, v: NeedFormValues) {
    try {
      await create({ variables: { input: toNeedInput(v) }, refetchQueries: ['MyTechnologyNeeds'] });
      void message.success(t('research.need.saved'));
      return true;
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      return false;
    }
  }

  return { needs: data?.technologyNeeds.edges.map((e) => e.node) ?? [], loading: loading && !data, saving, post };
}
