import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { CooperationMode } from '../../../generated/graphql';
import {
  ConfirmTechnologyContractDocument,
  DeclineTechnologyContractDocument,
  MyTechnologyContractsDocument,
  ProposeTechnologyContractDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

export interface ContractFormValues {
  amountCny: string | number;
  mode: CooperationMode;
  signedOn: string;
}

/** The firm's technology contracts (either side): propose one on a match, answer the other side's. */
export function useTechnologyContracts() {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading } = useQuery(MyTechnologyContractsDocument);
  const [propose, { loading: proposing }] = useMutation(ProposeTechnologyContractDocument);
  const [confirm] = useMutation(ConfirmTechnologyContractDocument);
  const [decline] = useMutation(DeclineTechnologyContractDocument);

  async function proposeOn(
    form: FormInstance<ContractFormValues>,
    pair: { resultId: string; needId: string },
    v: ContractFormValues,
  ) {
    try {
      await propose({
        variables: { input: { ...pair, amountCny: String(v.amountCny).trim(), mode: v.mode, signedOn: v.signedOn } },
        refetchQueries: ['MyTechnologyContracts'],
      });
      void message.success(t('research.contract.proposed'));
      return true;
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      return false;
    }
  }

  /** 确认 / 不予确认 the other side's proposal. */
  async function answer(id: string, agree: boolean) {
    try {
      await (agree ? confirm({ variables: { id } }) : decline({ variables: { id } }));
      void message.success(t(agree ? 'research.contract.confirmedToast' : 'research.contract.declinedToast'));
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
    }
  }

  return {
    contracts: data?.myTechnologyContracts.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    proposing,
    proposeOn,
    answer,
  };
}
