import { useQuery } from '@apollo/client/react';

import { MyAgendaDocument } from '../../../generated/graphql';

/** My firm's published meetings at the event, by time. */
export function useMyAgenda(eventId: string) {
  const { data, loading } = useQuery(MyAgendaDocument, { variables: { eventId } });
  return { meetings: data?.myAgenda ?? [], loading: loading && !data };
}
