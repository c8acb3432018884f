import { Client } from 'pg';

import { gramSimilarity, textGrams } from '@duijie/matching';

/**
 * The engine's character trigrams (libs/matching/src/engine/text-grams.ts) must be pg_trgm's: the
 * quality bench's baseline is pg_trgm, and the engine's text evidence claims to read texts as it
 * does. Compared on listings' own kinds of text: Chinese runs, Latin codes, grades with numbers,
 * punctuation of every width, mixed case.
 */
const PAIRS: [string, string][] = [
  ['电解铝液', '电解铝锭 A00'],
  ['求购 动力煤 5500大卡', '供应 电煤（热值5500kcal/kg）'],
  ['P·O 42.5 水泥', '散装PO42.5R普通硅酸盐水泥'],
  ['6063-T5铝型材', '铝棒6063，φ90–φ178'],
  ['酱香型白酒玻璃瓶 500ml', '高白料玻璃酒瓶，500ML/瓶'],
  ['HRB400E 螺纹钢 Φ12～Φ25', '三级钢，钢筋'],
  ['光伏 EPC 总承包', '光伏电站EPC'],
  ['采购生产原辅材料', '年度原辅料采购：白砂糖、柠檬酸、PET瓶'],
  ['ＰＥＴ瓶坯　２８牙', 'PET瓶坯 28牙'],
  ['服务器（2U，双路）', '机架式服务器 2U 双路 至强'],
  ['', '铝锭'],
];

describe('text grams against pg_trgm', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  it.each(PAIRS)('%s / %s: the same similarity as pg_trgm', async (a, b) => {
    // The engine reads full-width forms as ASCII (NFKC); pg_trgm is given the same text.
    const nfkc = (t: string) => t.normalize('NFKC');
    const { rows } = await db.query<{ s: number }>('SELECT similarity($1, $2)::float8 AS s', [nfkc(a), nfkc(b)]);
    expect(gramSimilarity(textGrams(a), textGrams(b))).toBeCloseTo(rows[0].s, 5);
  });
});
