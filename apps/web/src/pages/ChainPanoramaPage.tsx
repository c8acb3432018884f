import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Empty, Space, Spin } from 'antd';
import { useMemo, useRef, useState } from 'react';

import { useT } from '../app/i18n';
import { ChainNodeDrawer } from '../modules/chain/components/ChainNodeDrawer';
import type { PanoramaChartHandle } from '../modules/chain/components/PanoramaChart';
import { PanoramaChart } from '../modules/chain/components/PanoramaChart';
import { PanoramaFilters } from '../modules/chain/components/PanoramaFilters';
import { PanoramaTable } from '../modules/chain/components/PanoramaTable';
import { useChainPanorama } from '../modules/chain/hooks/useChainPanorama';
import { usePanoramaFilters } from '../modules/chain/hooks/usePanoramaFilters';
import { buildPanoramaOption } from '../modules/chain/utils/panoramaOption';

export default function ChainPanoramaPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const filters = usePanoramaFilters();
  const { panorama, layout, loading, error } = useChainPanorama(filters.sector, filters.regionCode);
  const [selected, setSelected] = useState<string | null>(null);
  const chart = useRef<PanoramaChartHandle>(null);
  const option = useMemo(
    () => (panorama && layout ? buildPanoramaOption(panorama, layout, t) : null),
    [panorama, layout, t],
  );
  const rows = layout ? Math.max(1, ...[...layout.nodes.values()].map((n) => n.order + 1)) : 1;
  const regionName = panorama?.region.fullName ?? '';

  const exportImage = () => {
    const dataUrl = chart.current?.pngDataUrl();
    // said, not silent: a click before the chart is drawn would otherwise do nothing at all
    if (!dataUrl) {
      void message.warning({ content: t('chain.exportNotReady'), key: 'chain-export' });
      return;
    }
    // Through a Blob, not the data URL itself: Chromium drops the download of a data URL over
    // 2 MB without a word, and a tall chart at twice the screen's resolution passes that.
    const url = URL.createObjectURL(dataUrlToBlob(dataUrl));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t('chain.fileName', { region: regionName.replace(/\s+/g, '') })}.png`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <Card
      title={t('chain.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={exportImage} disabled={!option}>
          {t('chain.exportImage')}
        </Button>
      }
    >
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <PanoramaFilters
          sector={filters.sector}
          regionCode={filters.regionCode}
          onSector={filters.setSector}
          onRegion={filters.setRegion}
        />
        {error && <Alert type="error" showIcon message={error.message} />}
        <Spin spinning={loading}>
          {option ? (
            <PanoramaChart
              ref={chart}
              option={option}
              height={Math.max(360, 64 * rows + 100)}
              label={`${t('chain.title')} ${regionName}`}
              onNodeClick={setSelected}
            />
          ) : (
            <Empty description={t('chain.empty')} />
          )}
        </Spin>
        {panorama && <PanoramaTable nodes={panorama.nodes} onShow={setSelected} investment={panorama.investment} />}
      </Space>
      <ChainNodeDrawer
        categoryCode={selected}
        regionCode={filters.regionCode}
        regionName={regionName}
        onClose={() => setSelected(null)}
      />
    </Card>
  );
}

function dataUrlToBlob(dataUrl: string): Blob {
  const [head, base64] = dataUrl.split(',', 2);
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
