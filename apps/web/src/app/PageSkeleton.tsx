import { Skeleton } from 'antd';

/** What a lazy page shows while its chunk loads. */
export function PageSkeleton() {
  return <Skeleton active paragraph={{ rows: 6 }} style={{ padding: 24 }} />;
}
