import { randomInt } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { USCC_CHARSET, usccCheckChar } from '@duijie/enterprises';
import { CHAIN_DATA, UNIT_CODES } from '@duijie/reference';

const REGIONS = [
  '520102',
  '520103',
  '520111',
  '520113',
  '520115',
  '520181',
  '520302',
  '520381',
  '520382',
  '522601',
  '520402',
  '520281',
];
export const WORDS = [
  '玻璃瓶',
  '瓶盖',
  '礼盒',
  '酱香型',
  '刺梨',
  '原汁',
  '铝锭',
  '铝板',
  '辣椒',
  '茶叶',
  '纸箱',
  '水泥',
  '钢材',
  '5G',
  '专网',
  '平台',
  '锻件',
  '药用',
  '天麻',
  '菜籽油',
];

function code(): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[randomInt(USCC_CHARSET.length)];
  const first17 = `91520102${org}`;
  return first17 + usccCheckChar(first17);
}

/** Adds `firms` enterprises and `count` listings in set-based statements, for benchmarks. */
export async function generateListings(db: DataSource, count: number, firms: number): Promise<void> {
  const categories = CHAIN_DATA.categories.map((c) => c.code);
  const ids: { id: string }[] = await db.query(
    `INSERT INTO enterprise (name, credit_code, region_code, sector, category_codes)
     SELECT n, c, r, s, ARRAY[cat] FROM UNNEST($1::varchar[], $2::char(18)[], $3::char(6)[], $4::text[], $5::text[]) AS t(n, c, r, s, cat)
     RETURNING id`,
    [
      Array.from({ length: firms }, (_, i) => `基准测试企业${i}有限公司`),
      Array.from({ length: firms }, code),
      Array.from({ length: firms }, (_, i) => REGIONS[i % REGIONS.length]),
      Array.from({ length: firms }, () => 'SUPPORTING'),
      Array.from({ length: firms }, () => categories[randomInt(categories.length)]),
    ],
  );
  for (let start = 0; start < count; start += 5000) {
    const n = Math.min(5000, count - start);
    const pick = <T>(xs: readonly T[]) => xs[randomInt(xs.length)];
    await db.query(
      `INSERT INTO listing (enterprise_id, kind, title, description, category_code, quantity, unit, region_code)
       SELECT * FROM UNNEST($1::uuid[], $2::text[], $3::varchar[], $4::text[], $5::varchar[], $6::float8[], $7::text[], $8::char(6)[])`,
      [
        Array.from({ length: n }, () => pick(ids).id),
        Array.from({ length: n }, () => pick(['SUPPLY', 'DEMAND'])),
        Array.from({ length: n }, (_, i) => `${pick(WORDS)} ${pick(WORDS)} ${start + i}`),
        Array.from({ length: n }, () => `${pick(WORDS)}，${pick(WORDS)}，价格面议`),
        Array.from({ length: n }, () => pick(categories)),
        Array.from({ length: n }, () => 1 + randomInt(100000)),
        Array.from({ length: n }, () => pick(UNIT_CODES)),
        Array.from({ length: n }, () => pick(REGIONS)),
      ],
    );
  }
}
