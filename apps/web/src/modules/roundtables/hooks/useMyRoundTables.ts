import { useQuery } from '@apollo/client/react';

import { MyRoundTablesDocument } from '../../../generated/graphql';

/** The round tables my firm hosts or sits at, by time (my agenda's 圆桌). */
export function useMyRoundTables(eventId: string) {
  const { data, loading } = useQuery(MyRoundTablesDocument, { variables: { eventId } });
  return { roundTables: data?.myRoundTables ?? [], loading: loading && !data };
}
