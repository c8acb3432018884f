import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { Sector } from '../../../generated/graphql';
import {
  AddToInvestmentPipelineDocument,
  InvestmentLeadsDocument,
  InvestmentPipelineDocument,
} from '../../../generated/graphql';

/** 招商线索 of a region and sector, and adding one to the pipeline. */
export function useInvestmentLeads(regionCode: string, sector: Sector | null, skip: boolean) {
  const t = useT();
  const { message } = App.useApp();
  const query = useQuery(InvestmentLeadsDocument, { variables: { regionCode, sector, first: 50 }, skip });
  const [add, adding] = useMutation(AddToInvestmentPipelineDocument, {
    refetchQueries: [InvestmentLeadsDocument, InvestmentPipelineDocument],
  });
  const addLead = async (candidateEnterpriseId: string, categoryCode: string) => {
    try {
      await add({ variables: { input: { candidateEnterpriseId, regionCode, categoryCode } } });
      message.success(t('investment.added'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const addCandidate = async (candidateEnterpriseId: string, projectId: string) => {
    try {
      await add({ variables: { input: { candidateEnterpriseId, projectId } } });
      message.success(t('investment.added'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return {
    leads: query.data?.investmentLeads.edges.map((e) => e.node) ?? [],
    total: query.data?.investmentLeads.totalCount ?? 0,
    loading: query.loading,
    error: query.error,
    addLead,
    addCandidate,
    adding: adding.loading,
  };
}
