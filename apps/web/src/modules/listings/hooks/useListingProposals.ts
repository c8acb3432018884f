import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import { ListingProposalsDocument, RespondToListingProposalDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/**
 * 待确认的供需信息: what organisers' imports proposed to the firm, still waiting for its answer.
 * Accepting makes it the firm's listing (and registers the firm for the event), so the firm's
 * listings and the proposals are read again; rejecting leaves nothing behind.
 */
export function useListingProposals(enabled: boolean) {
  const t = useT();
  const { message } = App.useApp();
  const query = useQuery(ListingProposalsDocument, {
    variables: { status: 'PENDING', first: 50 },
    skip: !enabled,
  });
  const [respond, { loading: responding }] = useMutation(RespondToListingProposalDocument, {
    refetchQueries: ['ListingProposals', 'MyListings'],
    awaitRefetchQueries: true,
  });
  const connection = query.data?.listingProposals;
  return {
    proposals: connection?.edges.map((e) => e.node) ?? [],
    total: connection?.totalCount ?? 0,
    loading: query.loading && !query.data,
    responding,
    answer: async (id: string, accept: boolean) => {
      try {
        await respond({ variables: { id, accept } });
        void message.success(t(accept ? 'listing.proposal.accepted' : 'listing.proposal.rejected'));
      } catch (error) {
        void message.error(graphQLErrorsOf(error)[0]?.message ?? t('listing.proposal.failed'));
      }
    },
  };
}
