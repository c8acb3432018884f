import { List, Tag, Typography } from 'antd';

import { useT } from '../../../app/i18n';
import { formatMoney, formatScore } from '../../../shared/format';
import { useNodeInvestment } from '../hooks/useNodeInvestment';
import { PROJECT_STAGE_LABELS } from '../utils/pipelineStages';

/** The panorama drawer's 招商 part: projects on the node, and (for a government body) its open leads. */
export function NodeInvestment({ categoryCode, regionCode }: { categoryCode: string | null; regionCode: string }) {
  const t = useT();
  const { projects, leads, leadCount } = useNodeInvestment(categoryCode, regionCode);
  if (!projects.length && !leads?.length) return null;
  return (
    <>
      {projects.length > 0 && (
        <>
          <Typography.Title level={5}>{t('investment.tab.projects')}</Typography.Title>
          <List
            aria-label={t('investment.projects.table')}
            dataSource={projects}
            renderItem={(p) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <>
                      <Tag>{t(PROJECT_STAGE_LABELS[p.stage])}</Tag>
                      {p.title}
                    </>
                  }
                  description={p.plannedInvestmentCny ? formatMoney(p.plannedInvestmentCny) : null}
                />
              </List.Item>
            )}
          />
        </>
      )}
      {leads && leads.length > 0 && (
        <>
          <Typography.Title level={5}>
            {t('investment.tab.leads')}（{leadCount}）
          </Typography.Title>
          <List
            aria-label={t('investment.leads.table')}
            dataSource={leads}
            renderItem={(l) => (
              <List.Item extra={formatScore(l.score)}>
                <List.Item.Meta title={l.firm.name} />
              </List.Item>
            )}
          />
        </>
      )}
    </>
  );
}
