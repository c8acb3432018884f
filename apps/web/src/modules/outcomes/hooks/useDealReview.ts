import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { DealReview } from '../../../generated/graphql';
import { EventReportDocument, ReviewDealForReportDocument, ReviewDealsDocument } from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/**
 * The organiser's review of an event's agreed deals for its report (合作核实): a deal whose firms did
 * not meet at the event counts once counted; any deal may be left out with a reason. The report's
 * figures are fetched again after each review.
 */
export function useDealReview(eventId: string) {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(ReviewDealsDocument, { variables: { eventId } });
  const [mutate, { loading: saving }] = useMutation(ReviewDealForReportDocument, {
    refetchQueries: [{ query: EventReportDocument, variables: { eventId } }],
  });
  const deals = (data?.dockingEvent?.deals ?? []).filter((d) => d.agreedStage && d.agreedStage !== 'CANCELLED');

  async function review(id: string, decision: DealReview, note?: string, form?: FormInstance<{ note: string }>) {
    try {
      await mutate({ variables: { id, review: decision, note: note?.trim() || null } });
      void message.success(t(decision === 'COUNTED' ? 'dealReview.countedToast' : 'dealReview.excludedToast'));
      return true;
    } catch (error) {
      const errors = graphQLErrorsOf(error);
      for (const text of form ? applyServerErrors(form, errors) : errors.map((e) => e.message))
        void message.error(text);
      return false;
    }
  }

  return { deals, loading: loading && !data, saving, review };
}
