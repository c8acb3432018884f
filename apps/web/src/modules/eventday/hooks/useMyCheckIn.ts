import { useQuery } from '@apollo/client/react';

import { MyCheckInDocument } from '../../../generated/graphql';

/** My firm's check-in code for the event (null unless its registration is approved). */
export function useMyCheckIn(eventId: string) {
  const { data } = useQuery(MyCheckInDocument, { variables: { eventId } });
  return { checkIn: data?.myCheckIn ?? null };
}
