import { useQuery } from '@apollo/client/react';

import { InvestmentViewerDocument } from '../../../generated/graphql';

/** Whether the signed-in user acts for a verified government body (it runs leads, projects and the pipeline). */
export function useInvestmentViewer() {
  const { data, loading } = useQuery(InvestmentViewerDocument);
  const firm = data?.me?.enterprise ?? null;
  return {
    loading,
    enterpriseId: firm?.id ?? null,
    isGovernment: firm?.participantType === 'GOVERNMENT' && firm.verificationStatus === 'VERIFIED',
  };
}
