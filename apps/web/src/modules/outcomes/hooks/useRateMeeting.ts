import { useMutation } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { MeetingRating } from '../../../generated/graphql';
import { RateMeetingDocument } from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** A party's rating of a meeting that ended (changeable for a week); the meeting's ratings update from the answer. */
export function useRateMeeting() {
  const t = useT();
  const { message } = App.useApp();
  const [rate, { loading }] = useMutation(RateMeetingDocument);
  return {
    loading,
    rate: async (meetingId: string, rating: MeetingRating, comment?: string) => {
      try {
        await rate({ variables: { meetingId, rating, comment: comment?.trim() || null } });
        void message.success(t('rating.saved'));
        return true;
      } catch (error) {
        for (const e of graphQLErrorsOf(error)) void message.error(e.message);
        return false;
      }
    },
  };
}
