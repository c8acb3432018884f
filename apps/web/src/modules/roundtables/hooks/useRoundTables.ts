import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import {
  CancelRoundTableDocument,
  EventRoundTablesDocument,
  LeaveRoundTableSeatDocument,
  MyRoundTablesDocument,
  TakeRoundTableSeatDocument,
} from '../../../generated/graphql';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

/** The event's round tables (圆桌对接), its tables and slots; taking, leaving and cancelling. */
export function useRoundTables(eventId: string) {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(EventRoundTablesDocument, { variables: { eventId } });
  const refetchQueries = [
    { query: EventRoundTablesDocument, variables: { eventId } },
    { query: MyRoundTablesDocument, variables: { eventId } },
  ];
  const [take, taking] = useMutation(TakeRoundTableSeatDocument, { refetchQueries });
  const [leave, leaving] = useMutation(LeaveRoundTableSeatDocument, { refetchQueries });
  const [cancel, cancelling] = useMutation(CancelRoundTableDocument, { refetchQueries });

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      void message.success(done);
    } catch (e) {
      void message.error(graphQLErrorsOf(e)[0]?.message ?? t('roundTables.failed'));
    }
  };
  return {
    roundTables: data?.dockingEvent?.roundTables ?? [],
    tables: data?.dockingEvent?.tables ?? [],
    sessions: data?.dockingEvent?.sessions ?? [],
    loading: loading && !data,
    busy: taking.loading || leaving.loading || cancelling.loading,
    take: (id: string) => run(() => take({ variables: { id } }), t('roundTables.taken')),
    leave: (id: string) => run(() => leave({ variables: { id } }), t('roundTables.left')),
    cancel: (id: string) => run(() => cancel({ variables: { id } }), t('roundTables.cancelled')),
  };
}
