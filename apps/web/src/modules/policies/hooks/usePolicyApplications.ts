import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { PolicyApplicationStatus } from '../../../generated/graphql';
import { PolicyApplicationsDocument, ReviewPolicyApplicationDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** A policy's applications for its issuing body, and reviewing one (the row updates from the answer). */
export function usePolicyApplications(policyId: string | null) {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(PolicyApplicationsDocument, {
    variables: { id: policyId ?? '' },
    skip: !policyId,
    fetchPolicy: 'cache-and-network',
  });
  const [review, { loading: reviewing }] = useMutation(ReviewPolicyApplicationDocument);
  return {
    applications: data?.policy?.applications.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    reviewing,
    review: async (id: string, status: PolicyApplicationStatus) => {
      try {
        await review({ variables: { id, status } });
        void message.success(t('applications.saved'));
      } catch (error) {
        for (const e of graphQLErrorsOf(error)) void message.error(e.message);
      }
    },
  };
}
