import type { EntityManager } from 'typeorm';

import { EnterpriseScale } from '@duijie/enterprises';
import type { ProductTerms } from '@duijie/finance';
import { financingFit, GuaranteeType, worthKeeping } from '@duijie/finance';
import type { Sector } from '@duijie/reference';
import { RegionTable, SECTOR_NAMES } from '@duijie/reference';

import { ZHENG_CHAN_XUE_JIN_EVENT } from './demo-data';

/** The demo bank's financing products (金融产品). */
export const DEMO_FINANCING_PRODUCTS: (ProductTerms & {
  name: string;
  minAnnualRate: string;
  maxAnnualRate: string;
  description: string;
})[] = [
  {
    name: '黔农贷·订单融资',
    minAmountCny: '100000',
    maxAmountCny: '5000000',
    minAnnualRate: '3.65',
    maxAnnualRate: '5.20',
    minTermMonths: 3,
    maxTermMonths: 24,
    guaranteeTypes: [GuaranteeType.ORDER_FINANCING, GuaranteeType.CREDIT],
    sectors: ['ECO_FOOD', 'SUPPORTING'],
    regionCodes: ['520000'],
    scales: [EnterpriseScale.MICRO, EnterpriseScale.SMALL, EnterpriseScale.MEDIUM],
    description: '凭对接活动中已签约的购销合同申请，按订单金额的七成授信，随借随还',
  },
  {
    name: '知识产权质押贷',
    minAmountCny: '500000',
    maxAmountCny: '10000000',
    minAnnualRate: '3.85',
    maxAnnualRate: '4.90',
    minTermMonths: 12,
    maxTermMonths: 36,
    guaranteeTypes: [GuaranteeType.IP_PLEDGE],
    sectors: [],
    regionCodes: ['520000'],
    scales: [EnterpriseScale.SMALL, EnterpriseScale.MEDIUM],
    description: '以专利、商标专用权质押，省知识产权局贴息',
  },
  {
    name: '黔货出山·供应链金融',
    minAmountCny: '200000',
    maxAmountCny: '3000000',
    minAnnualRate: '4.10',
    maxAnnualRate: '5.60',
    minTermMonths: 6,
    maxTermMonths: 12,
    guaranteeTypes: [GuaranteeType.SUPPLY_CHAIN, GuaranteeType.GUARANTEE],
    sectors: ['ECO_FOOD'],
    regionCodes: ['520100', '520300'],
    scales: [],
    description: '核心企业确权的应收账款融资，面向商超、电商供货的食品企业',
  },
];

/**
 * 政银企 in the demo: 黔银农商银行's products, and at the 政产学金 event the food firm with the
 * largest confirmed sale asks for order financing, matched to the products (explained like the
 * API's) and backed by its signed deals, shared with the bank. Once: nothing is added when the
 * bank has products.
 */
export async function seedDemoFinance(tx: EntityManager, bankId: string): Promise<{ products: number; needs: number }> {
  const [{ n }]: { n: number }[] = await tx.query(
    `SELECT count(*)::int AS n FROM financing_product WHERE lender_enterprise_id = $1`,
    [bankId],
  );
  if (n > 0) return { products: 0, needs: 0 };
  const products: (ProductTerms & { id: string; name: string })[] = [];
  for (const p of DEMO_FINANCING_PRODUCTS) {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO financing_product (lender_enterprise_id, name, min_amount_cny, max_amount_cny, min_annual_rate, max_annual_rate,
         min_term_months, max_term_months, guarantee_types, sectors, region_codes, scales, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        bankId,
        p.name,
        p.minAmountCny,
        p.maxAmountCny,
        p.minAnnualRate,
        p.maxAnnualRate,
        p.minTermMonths,
        p.maxTermMonths,
        p.guaranteeTypes,
        p.sectors,
        p.regionCodes,
        p.scales,
        p.description,
      ],
    );
    products.push({ ...p, id: row.id });
  }

  // The food firm (else any firm) with the largest confirmed sales at the 政产学金 event.
  const sales: {
    firmId: string;
    sector: string;
    regionCode: string;
    eventId: string;
    dealIds: string[];
    total: string;
  }[] = await tx.query(
    `SELECT d.supplier_enterprise_id AS "firmId", e.sector, e.region_code AS "regionCode", d.event_id AS "eventId",
              array_agg(d.id ORDER BY d.agreed_amount_cny DESC) AS "dealIds", sum(d.agreed_amount_cny)::text AS total
         FROM deal d JOIN docking_event ev ON ev.id = d.event_id JOIN enterprise e ON e.id = d.supplier_enterprise_id
        WHERE ev.title = $1 AND d.agreed_stage IN ('SIGNED', 'FULFILLED') AND d.agreed_amount_cny > 0
        GROUP BY 1, 2, 3, 4 ORDER BY (e.sector = 'ECO_FOOD') DESC, sum(d.agreed_amount_cny) DESC LIMIT 1`,
    [ZHENG_CHAN_XUE_JIN_EVENT],
  );
  if (sales.length === 0) throw new Error('seed:demo: no confirmed sale at the 政产学金 event to back the demo need');
  const sale = sales[0];
  // Asking for 70% of its confirmed sales, at least 100,000 元.
  const amount = Math.max(100_000, Math.round(Number(sale.total) * 0.7));
  const need = {
    amountCny: String(amount),
    termMonths: 12,
    guaranteeTypes: [GuaranteeType.ORDER_FINANCING, GuaranteeType.CREDIT],
    sector: sale.sector,
    regionCode: sale.regionCode,
    scale: EnterpriseScale.SMALL,
  };
  await tx.query(`UPDATE enterprise SET scale = coalesce(scale, $2) WHERE id = $1`, [sale.firmId, need.scale]);
  const [row]: { id: string }[] = await tx.query(
    `INSERT INTO financing_need (enterprise_id, event_id, amount_cny, purpose, term_months, guarantee_types, scale, sector, region_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      sale.firmId,
      sale.eventId,
      need.amountCny,
      '收购原料、组织生产，履行对接活动中签订的购销合同',
      need.termMonths,
      need.guaranteeTypes,
      need.scale,
      need.sector,
      need.regionCode,
    ],
  );
  const regions = new RegionTable();
  const names = {
    sector: (s: string) => SECTOR_NAMES[s as Sector] ?? s,
    region: (code: string) => {
      const out: string[] = [];
      for (let r = regions.get(code); r; r = r.parentCode ? regions.get(r.parentCode) : undefined) out.unshift(r.name);
      return out.join('') || code;
    },
  };
  for (const p of products) {
    const fit = financingFit(p, need, names);
    if (!worthKeeping(fit)) continue;
    await tx.query(
      `INSERT INTO financing_match (need_id, product_id, lender_enterprise_id, eligible, score, conditions) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, p.id, bankId, fit.eligible, fit.score, JSON.stringify(fit.conditions)],
    );
  }
  // The firm lets the bank see its signed contracts behind the need (订单融资).
  await tx.query(
    `INSERT INTO financing_deal_share (need_id, lender_enterprise_id, product_id, deal_ids) VALUES ($1, $2, $3, $4::uuid[])`,
    [row.id, bankId, products[0].id, sale.dealIds.slice(0, 50)],
  );
  return { products: products.length, needs: 1 };
}
