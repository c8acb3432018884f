import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import {
  CreateTechnologyResultDocument,
  MyTechnologyResultsDocument,
  UpdateTechnologyResultDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { errorCodeOf, graphQLErrorsOf } from '../../../shared/graphqlErrors';
import type { ResultFormValues } from '../utils/researchLabels';
import { toResultInput } from '../utils/researchLabels';

/** The research body's technology results; publish or edit one (matched by the server at once). */
export function useTechnologyResults() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(MyTechnologyResultsDocument);
  const [create, { loading: creating }] = useMutation(CreateTechnologyResultDocument);
  const [update, { loading: updating }] = useMutation(UpdateTechnologyResultDocument);

  async function save(form: FormInstance<ResultFormValues>, editingId: string | null, v: ResultFormValues) {
    try {
      const input = toResultInput(v);
      // The list's order and count, and the matches, are the server's: read them back after a create.
      if (editingId) await update({ variables: { id: editingId, input }, refetchQueries: ['TechnologyResultMatches'] });
      else await create({ variables: { input }, refetchQueries: ['MyTechnologyResults'] });
      void message.success(t('research.result.saved'));
      return true;
    } catch (error) {
      if (errorCodeOf(error) === 'FORBIDDEN') void message.error(t('research.results.forbidden'));
      else for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      return false;
    }
  }

  return {
    results: data?.technologyResults.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    saving: creating || updating,
    save,
  };
}
