import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { DealStage } from '../../../generated/graphql';
import {
  AdvanceDealDocument,
  ConfirmDealDocument,
  DeclineDealDocument,
  EventDealsDocument,
  RecordDealDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

export interface DealFormValues {
  ourRole: 'SUPPLIER' | 'BUYER';
  stage: DealStage;
  amountCny?: string | null;
  note?: string;
}

/** The firm's deals at an event; record one from a meeting, move one on. */
export function useDeals(eventId: string, myEnterpriseId: string | null) {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(EventDealsDocument, { variables: { eventId } });
  const [record, { loading: recording }] = useMutation(RecordDealDocument);
  const [advance] = useMutation(AdvanceDealDocument);
  const [confirm] = useMutation(ConfirmDealDocument);
  const [decline] = useMutation(DeclineDealDocument);

  async function recordFromMeeting(
    form: FormInstance<DealFormValues>,
    meeting: { id: string; counterpartId: string },
    v: DealFormValues,
  ) {
    const me = myEnterpriseId ?? '';
    try {
      await record({
        variables: {
          input: {
            meetingId: meeting.id,
            eventId,
            stage: v.stage,
            amountCny: v.amountCny?.trim() || null,
            note: v.note?.trim() || null,
            supplierEnterpriseId: v.ourRole === 'SUPPLIER' ? me : meeting.counterpartId,
            buyerEnterpriseId: v.ourRole === 'BUYER' ? me : meeting.counterpartId,
          },
        },
        update(cache, { data: result }) {
          if (!result) return;
          cache.modify({
            id: cache.identify({ __typename: 'DockingEvent', id: eventId }),
            fields: {
              deals(existing: readonly { __ref: string }[] = [], { toReference }) {
                const ref = toReference(result.recordDeal, true);
                return ref ? [...existing, ref] : existing;
              },
            },
          });
        },
      });
      void message.success(t('deal.saved'));
      return true;
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      return false;
    }
  }

  async function moveOn(id: string, stage: DealStage, amountCny?: string | null) {
    try {
      await advance({ variables: { id, stage, amountCny: amountCny ?? null } });
      void message.success(t('deal.advanced'));
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
    }
  }

  /**
   * 确认 / 不予确认 what the other side (or the organiser) recorded: a confirmation names the
   * version shown, so that terms changed meanwhile are not confirmed unseen.
   */
  async function answer(deal: { id: string; updatedAt: string }, agree: boolean) {
    const id = deal.id;
    try {
      await (agree
        ? confirm({ variables: { id, expectedUpdatedAt: deal.updatedAt } })
        : decline({ variables: { id } }));
      void message.success(t(agree ? 'deal.confirmedToast' : 'deal.declinedToast'));
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
    }
  }

  return {
    deals: data?.dockingEvent?.deals ?? [],
    loading: loading && !data,
    recording,
    recordFromMeeting,
    moveOn,
    answer,
  };
}
