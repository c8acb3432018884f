import { useQuery } from '@apollo/client/react';

import { ChainNodeInvestmentDocument } from '../../../generated/graphql';

/** A panorama node's projects, and its leads when a government body looks. */
export function useNodeInvestment(categoryCode: string | null, regionCode: string) {
  const { data } = useQuery(ChainNodeInvestmentDocument, {
    variables: { categoryCode: categoryCode ?? '', regionCode },
    skip: !categoryCode,
  });
  const node = data?.chainNodeMembers;
  return {
    projects: node?.investmentProjects ?? [],
    leads: node?.investmentLeads?.edges.map((e) => e.node) ?? null,
    leadCount: node?.investmentLeads?.totalCount ?? 0,
  };
}
