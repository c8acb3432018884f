import { useMutation } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { AttendanceOutcome } from '../../../generated/graphql';
import { MarkMeetingAttendanceDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** Marks a meeting held or a no-show; the cached meeting (agenda, event-day list, floor) updates from the answer. */
export function useMarkAttendance() {
  const t = useT();
  const { message } = App.useApp();
  const [mark, { loading }] = useMutation(MarkMeetingAttendanceDocument);
  return {
    loading,
    mark: async (meetingId: string, outcome: AttendanceOutcome, absentEnterpriseIds?: string[]) => {
      try {
        await mark({ variables: { meetingId, outcome, absentEnterpriseIds: absentEnterpriseIds ?? null } });
        void message.success(t('attendance.saved'));
        return true;
      } catch (error) {
        for (const e of graphQLErrorsOf(error)) void message.error(e.message);
        return false;
      }
    },
  };
}
