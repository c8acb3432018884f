import { useQuery } from '@apollo/client/react';

import { TechnologyNeedMatchesDocument, TechnologyResultMatchesDocument } from '../../../generated/graphql';

/** A need's matched results, or a result's matched needs, best first, each with its reasons. */
export function useTechnologyMatches(of: { needId: string } | { resultId: string }) {
  const needId = 'needId' in of ? of.needId : null;
  const resultId = 'resultId' in of ? of.resultId : null;
  const need = useQuery(TechnologyNeedMatchesDocument, { variables: { needId: needId ?? '' }, skip: !needId });
  const result = useQuery(TechnologyResultMatchesDocument, {
    variables: { resultId: resultId ?? '' },
    skip: !resultId,
  });
  const matches = needId ? need.data?.technologyNeedMatches : result.data?.technologyResultMatches;
  return { matches: matches ?? [], loading: needId ? need.loading && !need.data : result.loading && !result.data };
}
