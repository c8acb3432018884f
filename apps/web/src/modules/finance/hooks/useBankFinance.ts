import { useMutation, useQuery } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { GuaranteeType, LoanStage } from '../../../generated/graphql';
import {
  CreateFinancingProductDocument,
  FinancingMatchesForProductDocument,
  MyFinancingProductsDocument,
  RecordLoanOutcomeDocument,
  UpdateFinancingProductDocument,
} from '../../../generated/graphql';
import { applyServerErrors } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { parseRegionCodes } from '../utils/financeLabels';

export interface ProductFormValues {
  name: string;
  minAmountCny: string;
  maxAmountCny: string;
  minAnnualRate: number;
  maxAnnualRate: number;
  minTermMonths: number;
  maxTermMonths: number;
  guaranteeTypes: GuaranteeType[];
  regionCodes?: string;
  description?: string;
}

/** A bank's products, the needs matched to the chosen one (else its first), and its loan records. */
export function useBankFinance(lenderId: string | null, chosen: string | null) {
  const t = useT();
  const { message } = App.useApp();
  const products = useQuery(MyFinancingProductsDocument, {
    variables: { lenderEnterpriseId: lenderId ?? '' },
    skip: !lenderId,
  });
  const list = products.data?.financingProducts.edges.map((e) => e.node) ?? [];
  const productId = chosen ?? list[0]?.id ?? null;
  const matches = useQuery(FinancingMatchesForProductDocument, {
    variables: { productId: productId ?? '' },
    skip: !productId,
    fetchPolicy: 'cache-and-network',
  });
  const [create, { loading: creating }] = useMutation(CreateFinancingProductDocument);
  const [update] = useMutation(UpdateFinancingProductDocument);
  const [record] = useMutation(RecordLoanOutcomeDocument);

  async function createProduct(form: FormInstance<ProductFormValues>, v: ProductFormValues): Promise<boolean> {
    try {
      await create({
        variables: {
          input: {
            name: v.name,
            minAmountCny: v.minAmountCny,
            maxAmountCny: v.maxAmountCny,
            minAnnualRate: v.minAnnualRate,
            maxAnnualRate: v.maxAnnualRate,
            minTermMonths: v.minTermMonths,
            maxTermMonths: v.maxTermMonths,
            guaranteeTypes: v.guaranteeTypes,
            regionCodes: parseRegionCodes(v.regionCodes),
            description: v.description ?? null,
          },
        },
      });
      // The list's total and order are the server's: read it again.
      await products.refetch();
      void message.success(t('finance.product.saved'));
      return true;
    } catch (error) {
      for (const text of applyServerErrors(form, graphQLErrorsOf(error))) void message.error(text);
      return false;
    }
  }

  async function setOpen(id: string, open: boolean) {
    await update({ variables: { id, input: { status: open ? 'OPEN' : 'CLOSED' } } });
  }

  async function recordLoan(needId: string, stage: LoanStage, amountCny: string | null): Promise<boolean> {
    if (!productId) return false;
    try {
      await record({ variables: { needId, productId, stage, amountCny } });
      await matches.refetch();
      void message.success(t('finance.loan.saved'));
      return true;
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
      return false;
    }
  }

  return {
    products: list,
    productId,
    loadingProducts: products.loading && !products.data,
    matches: matches.data?.financingMatchesForProduct.edges.map((e) => e.node) ?? [],
    loadingMatches: matches.loading && !matches.data,
    creating,
    createProduct,
    setOpen,
    recordLoan,
  };
}
