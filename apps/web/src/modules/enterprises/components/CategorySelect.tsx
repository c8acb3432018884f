import { Select } from 'antd';

import { useT } from '../../../app/i18n';
import { useChainCategories } from '../hooks/useChainCategories';
import { SECTOR_LABELS } from '../utils/categoryOptions';

/** Chain categories grouped by sector, searchable by name or code; one or many. */
export function CategorySelect({
  id,
  value,
  onChange,
  multiple,
}: {
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
}) {
  const t = useT();
  const { groups, loading } = useChainCategories();
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('enterprise.categories.placeholder')}
      options={groups.map((g) => ({ label: t(SECTOR_LABELS[g.sector]), title: g.sector, options: g.options }))}
      style={{ width: '100%' }}
    />
  );
}
