import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { InvestmentProjectInput } from '../../../generated/graphql';
import {
  CreateInvestmentProjectDocument,
  InvestmentProjectCandidatesDocument,
  InvestmentProjectsDocument,
  UpdateInvestmentProjectDocument,
} from '../../../generated/graphql';

/** 招商项目 (the body's own when `mine`), saving one, and a project's candidate investors. */
export function useInvestmentProjects(mine: boolean) {
  const t = useT();
  const { message } = App.useApp();
  const query = useQuery(InvestmentProjectsDocument, { variables: { mine, first: 50 } });
  const [create] = useMutation(CreateInvestmentProjectDocument, { refetchQueries: [InvestmentProjectsDocument] });
  const [update] = useMutation(UpdateInvestmentProjectDocument, { refetchQueries: [InvestmentProjectsDocument] });
  const [loadCandidates, candidates] = useLazyQuery(InvestmentProjectCandidatesDocument, {
    fetchPolicy: 'network-only',
  });
  /** Saves; answers the server's error (its fields name the bad inputs) or null. */
  const save = async (id: string | null, input: InvestmentProjectInput): Promise<Error | null> => {
    try {
      if (id) await update({ variables: { id, input } });
      else await create({ variables: { input } });
      message.success(t('investment.project.saved'));
      return null;
    } catch (err) {
      return err as Error;
    }
  };
  return {
    projects: query.data?.investmentProjects.edges.map((e) => e.node) ?? [],
    loading: query.loading,
    save,
    loadCandidates: (projectId: string) => void loadCandidates({ variables: { projectId } }),
    candidates: candidates.data?.investmentProjectCandidates.edges.map((e) => e.node) ?? [],
    candidatesLoading: candidates.loading,
  };
}
