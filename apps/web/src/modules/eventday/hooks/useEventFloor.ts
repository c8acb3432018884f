import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import { EventFloorDocument } from '../../../generated/graphql';
import { errorCodeOf } from '../../../shared/graphqlErrors';

/** The floor screen polls the API this often (no subscription: a screen on the venue's network only reads). */
export const FLOOR_POLL_MS = 5_000;

/**
 * 现场大屏: the floor, polled every few seconds, and a clock ticking each second for the countdown,
 * set to the server's time (a venue PC's clock may be off) by the offset seen at the last answer.
 */
export function useEventFloor(eventId: string) {
  const { data, error } = useQuery(EventFloorDocument, {
    variables: { eventId },
    pollInterval: FLOOR_POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const [offset, setOffset] = useState(0);
  const serverNow = data?.eventFloor.now;
  useEffect(() => {
    if (serverNow) setOffset(new Date(serverNow).getTime() - Date.now());
  }, [serverNow]);
  return {
    event: data?.dockingEvent ?? null,
    floor: data?.eventFloor ?? null,
    now: tick + offset,
    code: errorCodeOf(error),
    loading: !data && !error,
  };
}
