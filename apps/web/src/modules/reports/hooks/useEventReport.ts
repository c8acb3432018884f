import { useQuery } from '@apollo/client/react';

import { EventReportDocument } from '../../../generated/graphql';
import { errorCodeOf } from '../../../shared/graphqlErrors';

/** The event report (numbers the server computes: fetched fresh each time the page opens). */
export function useEventReport(eventId: string) {
  const { data, loading, error } = useQuery(EventReportDocument, {
    variables: { eventId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    title: data?.dockingEvent?.title ?? null,
    report: data?.eventReport ?? null,
    loading: loading && !data,
    forbidden: errorCodeOf(error) === 'FORBIDDEN',
    notFound: errorCodeOf(error) === 'NOT_FOUND',
  };
}
