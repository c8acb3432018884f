import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { ApplyForPolicyDocument, MyPoliciesDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** The open policies covering the caller's firm, each condition met or missing, and applying (申报). */
export function useMyPolicies() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(MyPoliciesDocument, { fetchPolicy: 'cache-and-network' });
  // Whether the firm now qualifies is the server's to say: the list is read again after applying.
  const [apply, { loading: applying }] = useMutation(ApplyForPolicyDocument, {
    refetchQueries: [MyPoliciesDocument],
    awaitRefetchQueries: true,
  });
  return {
    policies: data?.myPolicies ?? [],
    loading: loading && !data,
    applying,
    apply: async (policyId: string) => {
      try {
        await apply({ variables: { input: { policyId } } });
        void message.success(t('policies.applySaved'));
        return true;
      } catch (error) {
        for (const e of graphQLErrorsOf(error)) void message.error(e.message);
        return false;
      }
    },
  };
}
