import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { IssuedPoliciesDocument, PublishPolicyDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { type PolicyFormValues, toPublishPolicyInput } from '../utils/policyForm';

/** The government body's policies (with eligible-firm and application counts) and publishing one. */
export function useIssuedPolicies() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(IssuedPoliciesDocument, { fetchPolicy: 'cache-and-network' });
  // The eligible-firm count is computed by the worker: the list is read again after publishing.
  const [publish, { loading: publishing }] = useMutation(PublishPolicyDocument, {
    refetchQueries: [IssuedPoliciesDocument],
  });
  return {
    policies: data?.policies.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    publishing,
    publish: async (form: FormInstance<PolicyFormValues>, values: PolicyFormValues) => {
      try {
        await publish({ variables: { input: toPublishPolicyInput(values) } });
        void message.success(t('publisher.saved'));
        return true;
      } catch (error) {
        for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
        return false;
      }
    },
  };
}
