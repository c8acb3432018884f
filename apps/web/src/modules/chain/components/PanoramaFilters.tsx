import { Form, Select } from 'antd';

import { useT } from '../../../app/i18n';
import type { Sector } from '../../../generated/graphql';
import { RegionCascader } from '../../enterprises/components/RegionCascader';
import { SECTOR_LABELS, SECTORS } from '../../enterprises/utils/categoryOptions';

const ALL = 'ALL';

/** 产业 (or all) and 所在地区 (province, prefecture or county) of the panorama. */
export function PanoramaFilters({
  sector,
  regionCode,
  onSector,
  onRegion,
}: {
  sector: Sector | null;
  regionCode: string;
  onSector: (sector: Sector | null) => void;
  onRegion: (regionCode: string) => void;
}) {
  const t = useT();
  return (
    <Form layout="inline" style={{ rowGap: 8 }}>
      <Form.Item label={t('chain.sector')} htmlFor="panorama-sector">
        <Select
          id="panorama-sector"
          style={{ width: 180 }}
          value={sector ?? ALL}
          onChange={(v: string) => onSector(v === ALL ? null : (v as Sector))}
          options={[
            { value: ALL, label: t('chain.allSectors') },
            ...SECTORS.map((s) => ({ value: s, label: t(SECTOR_LABELS[s]) })),
          ]}
        />
      </Form.Item>
      <Form.Item label={t('chain.region')} htmlFor="panorama-region" style={{ minWidth: 320 }}>
        <RegionCascader
          id="panorama-region"
          initialCode={regionCode}
          value={regionPathOf(regionCode)}
          onChange={(path) => path.length && onRegion(path[path.length - 1])}
        />
      </Form.Item>
    </Form>
  );
}

function regionPathOf(code: string): string[] {
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === prefecture) return [province, prefecture];
  return [province, prefecture, code];
}
