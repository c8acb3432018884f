import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { EnterpriseScale, GuaranteeType } from '../../../generated/graphql';
import {
  CreateFinancingNeedDocument,
  FinancingMatchesForNeedDocument,
  MyConfirmedSalesDocument,
  MyFinancingNeedsDocument,
  ShareDealsWithLenderDocument,
  WithdrawDealShareDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';

export interface NeedFormValues {
  amountCny: string;
  purpose: string;
  termMonths: number;
  guaranteeTypes: GuaranteeType[];
  scale?: EnterpriseScale;
}

/** A firm's financing needs, the products matched to the chosen one (else its newest), and its 订单融资 consents. */
export function useFirmFinance(chosen: string | null) {
  const t = useT();
  const { message } = App.useApp();
  const needs = useQuery(MyFinancingNeedsDocument);
  const list = needs.data?.myFinancingNeeds.edges.map((e) => e.node) ?? [];
  const needId = chosen ?? list[0]?.id ?? null;
  const matches = useQuery(FinancingMatchesForNeedDocument, {
    variables: { needId: needId ?? '' },
    skip: !needId,
    fetchPolicy: 'cache-and-network',
  });
  const sales = useQuery(MyConfirmedSalesDocument);
  const [create, { loading: creating }] = useMutation(CreateFinancingNeedDocument);
  const [share] = useMutation(ShareDealsWithLenderDocument);
  const [withdraw] = useMutation(WithdrawDealShareDocument);

  async function createNeed(form: FormInstance<NeedFormValues>, v: NeedFormValues): Promise<boolean> {
    try {
      await create({
        variables: {
          input: {
            amountCny: v.amountCny,
            purpose: v.purpose,
            termMonths: v.termMonths,
            guaranteeTypes: v.guaranteeTypes,
            scale: v.scale ?? null,
          },
        },
      });
      await needs.refetch();
      void message.success(t('finance.needs.saved'));
      return true;
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      return false;
    }
  }

  async function shareDeals(lenderEnterpriseId: string, productId: string, dealIds: string[]): Promise<boolean> {
    if (!needId) return false;
    try {
      await share({ variables: { input: { needId, lenderEnterpriseId, productId, dealIds } } });
      await needs.refetch();
      void message.success(t('finance.share.saved'));
      return true;
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
      return false;
    }
  }

  async function withdrawShare(id: string) {
    await withdraw({ variables: { id } });
    await needs.refetch();
    void message.success(t('finance.share.withdrawn'));
  }

  return {
    needs: list,
    needId,
    need: list.find((n) => n.id === needId) ?? null,
    loadingNeeds: needs.loading && !needs.data,
    matches: matches.data?.financingMatchesForNeed.edges.map((e) => e.node) ?? [],
    loadingMatches: matches.loading && !matches.data,
    sales: sales.data?.myConfirmedSales ?? [],
    creating,
    createNeed,
    shareDeals,
    withdrawShare,
  };
}
