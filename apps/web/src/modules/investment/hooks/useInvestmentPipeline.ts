import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';

import { useT } from '../../../app/i18n';
import type { InvestmentPipelineStage, MoveInvestmentPipelineInput } from '../../../generated/graphql';
import {
  InvestmentPipelineDocument,
  MoveInvestmentPipelineEntryDocument,
  MyInvestmentContactsDocument,
} from '../../../generated/graphql';
import { STAGE_LABELS } from '../utils/pipelineStages';

/** The body's 招商进度 and moving an entry (or, for a firm, the bodies that contacted it). */
export function useInvestmentPipeline(mode: 'government' | 'firm' | null) {
  const asGovernment = mode === 'government';
  const t = useT();
  const { message } = App.useApp();
  const pipeline = useQuery(InvestmentPipelineDocument, { skip: !asGovernment });
  const contacts = useQuery(MyInvestmentContactsDocument, { skip: mode !== 'firm' });
  const [moveEntry, moving] = useMutation(MoveInvestmentPipelineEntryDocument);
  const move = async (input: MoveInvestmentPipelineInput & { stage: InvestmentPipelineStage }): Promise<boolean> => {
    try {
      await moveEntry({ variables: { input } });
      message.success(t('investment.pipeline.moved', { stage: t(STAGE_LABELS[input.stage]) }));
      return true;
    } catch (err) {
      message.error((err as Error).message);
      return false;
    }
  };
  return {
    entries: pipeline.data?.investmentPipeline.edges.map((e) => e.node) ?? [],
    contacts: contacts.data?.myInvestmentContacts.edges.map((e) => e.node) ?? [],
    loading: asGovernment ? pipeline.loading : contacts.loading,
    move,
    moving: moving.loading,
  };
}
