import type { NewNotification } from '@duijie/notifications';

import type { InvestmentPipelineEntryEntity } from './investment.entity';

/** The firm is told once, when a government body first contacts it about investing (招商接洽). */
export function investmentContacted(
  e: InvestmentPipelineEntryEntity,
  bodyName: string,
  about: { regionName: string; categoryName: string; projectTitle: string | null },
): NewNotification {
  const what = about.projectTitle
    ? `招商项目「${about.projectTitle}」`
    : `${about.regionName}${about.categoryName}方面的投资合作`;
  return {
    enterpriseId: e.candidateEnterpriseId,
    kind: 'INVESTMENT_CONTACTED',
    key: `investment-${e.id}-contacted`,
    title: `${bodyName}就投资合作与贵企业接洽`,
    body: `${bodyName}希望与贵企业洽谈${what}（${about.regionName}）。可在“产业招商 · 招商接洽”查看进展并与对方联系。`,
    data: { pipelineEntryId: e.id, projectId: e.projectId, regionCode: e.regionCode, categoryCode: e.categoryCode },
  };
}
