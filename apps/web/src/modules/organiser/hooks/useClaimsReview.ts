import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { EnterpriseClaimStatus } from '../../../generated/graphql';
import { EnterpriseClaimsDocument, ReviewEnterpriseClaimDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/**
 * 认领企业 to review: claims on the firms the organiser's imports created (all of them for an
 * admin), by status. Approving makes the claimant a member of the firm (the firm is told);
 * the reviewed claim leaves the list it no longer belongs to, as the list is read again.
 */
export function useClaimsReview(status: EnterpriseClaimStatus | null) {
  const t = useT();
  const { message } = App.useApp();
  const query = useQuery(EnterpriseClaimsDocument, {
    variables: { status, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const [review, { loading: reviewing }] = useMutation(ReviewEnterpriseClaimDocument, {
    refetchQueries: ['EnterpriseClaims'],
  });
  const connection = query.data?.enterpriseClaims;
  return {
    claims: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? 0,
    loading: query.loading && !query.data,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => query.fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
    reviewing,
    decide: async (claim: { id: string; name: string }, approve: boolean) => {
      try {
        await review({ variables: { id: claim.id, approve } });
        void message.success(t(approve ? 'claims.approved' : 'claims.rejected', { name: claim.name }));
      } catch (error) {
        void message.error(graphQLErrorsOf(error)[0]?.message ?? t('claims.failed'));
      }
    },
  };
}
