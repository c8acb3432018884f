import { Cascader } from 'antd';

import type { RegionOption } from '../hooks/useRegionOptions';
import { useRegionOptions } from '../hooks/useRegionOptions';

/** 省 → 市 → 县, loaded level by level; any level may be chosen. */
export function RegionCascader({
  id,
  value,
  onChange,
  initialCode,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  initialCode?: string | null;
}) {
  const { options, loadData } = useRegionOptions(initialCode);
  return (
    <Cascader<RegionOption>
      id={id}
      options={options}
      loadData={(selected) => void loadData(selected)}
      value={value}
      onChange={(v) => onChange?.(v ?? [])}
      changeOnSelect
      showSearch={false}
      style={{ width: '100%' }}
    />
  );
}
