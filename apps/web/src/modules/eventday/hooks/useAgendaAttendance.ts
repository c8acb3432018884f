import { useQuery } from '@apollo/client/react';

import { MyAgendaAttendanceDocument } from '../../../generated/graphql';

/**
 * The attendance of my agenda's meetings, by meeting id. A query of its own: with the agenda's
 * other fields, 1,000 possible meetings would cost more than one operation may.
 */
export function useAgendaAttendance(eventId: string) {
  const { data } = useQuery(MyAgendaAttendanceDocument, { variables: { eventId } });
  return new Map((data?.myAgenda ?? []).map((meeting) => [meeting.id, meeting]));
}
