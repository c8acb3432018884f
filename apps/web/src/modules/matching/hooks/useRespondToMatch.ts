import { useMutation } from '@apollo/client/react';
import { App } from 'antd';

import { removeFromConnection } from '../../../app/cache/connection';
import { useT } from '../../../app/i18n';
import type { MatchDecision } from '../../../generated/graphql';
import { RespondToMatchDocument } from '../../../generated/graphql';

/** 感兴趣 / 不感兴趣: a dismissed suggestion leaves the cached lists at once. */
export function useRespondToMatch() {
  const t = useT();
  const { message } = App.useApp();
  const [respond, { loading }] = useMutation(RespondToMatchDocument);
  return {
    loading,
    respond: async (id: string, decision: MatchDecision) => {
      await respond({
        variables: { id, decision },
        update(cache) {
          if (decision === 'DISMISS') removeFromConnection(cache, { fieldName: 'matchSuggestions' }, id);
        },
      });
      void message.success(t(decision === 'ACCEPT' ? 'suggestion.accepted' : 'suggestion.dismissed'));
    },
  };
}
