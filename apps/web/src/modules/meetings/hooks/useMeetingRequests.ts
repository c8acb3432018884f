import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import {
  CancelMeetingRequestDocument,
  EventMeetingRequestsDocument,
  RespondToMeetingRequestDocument,
} from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** The event's requests my firm received and sent; accept, decline, withdraw (rows update from the answers). */
export function useMeetingRequests(eventId: string, myEnterpriseId: string | null) {
  const { message } = App.useApp();
  const { data, loading } = useQuery(EventMeetingRequestsDocument, { variables: { eventId } });
  const [respond] = useMutation(RespondToMeetingRequestDocument);
  const [cancel] = useMutation(CancelMeetingRequestDocument);
  const all = data?.dockingEvent?.meetingRequests ?? [];
  const guard = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
    }
  };
  return {
    received: all.filter((r) => r.invitee.id === myEnterpriseId),
    sent: all.filter((r) => r.requester.id === myEnterpriseId),
    quota: data?.dockingEvent?.maxRequestsPerFirm ?? 0,
    loading: loading && !data,
    accept: (id: string) => guard(() => respond({ variables: { id, accept: true } })),
    decline: (id: string) => guard(() => respond({ variables: { id, accept: false } })),
    withdraw: (id: string) => guard(() => cancel({ variables: { id } })),
  };
}
