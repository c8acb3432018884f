import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';

import { useT } from '../../../app/i18n';
import type { InvestmentProjectInput, InvestmentProjectsQuery } from '../../../generated/graphql';
import { CategorySelect } from '../../enterprises/components/CategorySelect';
import { RegionCascader } from '../../enterprises/components/RegionCascader';
import { PROJECT_STAGE_LABELS, PROJECT_STAGES } from '../utils/pipelineStages';

type Project = InvestmentProjectsQuery['investmentProjects']['edges'][number]['node'];

interface Values {
  title: string;
  description: string;
  region: string[];
  categoryCodes: string[];
  stage: InvestmentProjectInput['stage'];
  plannedInvestmentCny?: string;
  contactName?: string;
  contactPhone?: string;
}

/** 发布 / 编辑招商项目; the server's field errors show under their fields. */
export function ProjectFormModal({
  open,
  project,
  onClose,
  onSave,
}: {
  open: boolean;
  project: Project | null;
  onClose: () => void;
  onSave: (id: string | null, input: InvestmentProjectInput) => Promise<Error | null>;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (project)
      form.setFieldsValue({
        title: project.title,
        description: project.description,
        region: regionPath(project.region.code),
        categoryCodes: project.categories.map((c) => c.code),
        stage: project.stage,
        plannedInvestmentCny: project.plannedInvestmentCny ?? undefined,
        contactName: project.contactName ?? undefined,
        contactPhone: project.contactPhone ?? undefined,
      });
  }, [open, project, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const error = await onSave(project?.id ?? null, {
      title: v.title,
      description: v.description,
      regionCode: v.region[v.region.length - 1],
      categoryCodes: v.categoryCodes,
      stage: v.stage,
      plannedInvestmentCny: v.plannedInvestmentCny || null,
      contactName: v.contactName || null,
      contactPhone: v.contactPhone || null,
    });
    if (!error) return onClose();
    const fields = (error as { errors?: { extensions?: { fieldErrors?: { field: string; message: string }[] } }[] })
      .errors?.[0]?.extensions?.fieldErrors;
    const name = (f: string) => (f === 'regionCode' ? 'region' : f);
    form.setFields(
      fields?.length
        ? fields.map((f) => ({ name: name(f.field) as keyof Values, errors: [f.message] }))
        : [{ name: 'title', errors: [error.message] }],
    );
  };

  return (
    <Modal
      open={open}
      title={project ? t('investment.projects.edit') : t('investment.projects.new')}
      okText={t('investment.project.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ stage: 'SEEKING_INVESTORS' }}>
        <Form.Item name="title" label={t('investment.project.title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('investment.project.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="region" label={t('investment.project.region')} rules={[{ required: true }]}>
          <RegionCascader initialCode={project?.region.code ?? null} />
        </Form.Item>
        <Form.Item name="categoryCodes" label={t('investment.project.categories')} rules={[{ required: true }]}>
          <CategorySelect multiple />
        </Form.Item>
        <Form.Item name="stage" label={t('investment.project.stage')} rules={[{ required: true }]}>
          <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: t(PROJECT_STAGE_LABELS[s]) }))} />
        </Form.Item>
        <Form.Item name="plannedInvestmentCny" label={t('investment.project.planned')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="contactName" label={t('investment.project.contactName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('investment.project.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function regionPath(code: string): string[] {
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === prefecture) return [province, prefecture];
  return [province, prefecture, code];
}
