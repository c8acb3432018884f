import { FieldErrors } from '@duijie/common';
import type { ReferenceService } from '@duijie/reference';
import { Sector } from '@duijie/reference';

import type { FinancingNeedInput, FinancingProductInput } from './finance.dto';
import { MAX_PRODUCT_REGIONS } from './finance.dto';
import { cents } from './financing-fit';
import type { FinancingNeedEntity } from './financing-need.entity';
import type { FinancingProductEntity } from './financing-product.entity';

const MAX_TERM_MONTHS = 360;

/**
 * Checks a product's input over what it replaces (`current`, null on creation) and answers the
 * columns to write; every bad field is named in Chinese.
 */
export function productPatch(
  input: FinancingProductInput,
  current: FinancingProductEntity | null,
  reference: ReferenceService,
): Partial<FinancingProductEntity> {
  const errors = new FieldErrors();
  const patch: Partial<FinancingProductEntity> = {};
  const set = <K extends keyof FinancingProductEntity>(k: K, v: FinancingProductEntity[K] | null | undefined) => {
    if (v !== undefined && v !== null) patch[k] = v;
  };
  const required = (k: keyof FinancingProductInput, label: string) => {
    if (!current && (input[k] === undefined || input[k] === null)) errors.add(k, `${k}（${label}）必填`);
  };
  required('name', '产品名称');
  required('minAmountCny', '最低额度');
  required('maxAmountCny', '最高额度');
  required('minAnnualRate', '最低年化利率');
  required('maxAnnualRate', '最高年化利率');
  required('minTermMonths', '最短期限');
  required('maxTermMonths', '最长期限');
  required('guaranteeTypes', '担保方式');
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if ([...name].length < 2) errors.add('name', 'name（产品名称）至少 2 个字');
    set('name', name);
  }
  set('minAmountCny', input.minAmountCny);
  set('maxAmountCny', input.maxAmountCny);
  const minAmount = input.minAmountCny ?? current?.minAmountCny;
  const maxAmount = input.maxAmountCny ?? current?.maxAmountCny;
  if (minAmount && cents(minAmount) <= 0n) errors.add('minAmountCny', 'minAmountCny（最低额度）须大于 0');
  if (minAmount && maxAmount && cents(minAmount) > cents(maxAmount))
    errors.add('maxAmountCny', 'maxAmountCny（最高额度）不能低于最低额度');
  for (const k of ['minAnnualRate', 'maxAnnualRate'] as const) {
    const v = input[k];
    if (v === undefined || v === null) continue;
    if (!Number.isFinite(v) || v < 0 || v > 36 || Math.round(v * 100) !== v * 100)
      errors.add(k, `${k}（年化利率）须在 0 到 36 之间，最多两位小数`);
    else patch[k] = v.toFixed(2);
  }
  const minRate = input.minAnnualRate ?? (current ? Number(current.minAnnualRate) : null);
  const maxRate = input.maxAnnualRate ?? (current ? Number(current.maxAnnualRate) : null);
  if (minRate !== null && maxRate !== null && minRate > maxRate)
    errors.add('maxAnnualRate', 'maxAnnualRate（最高年化利率）不能低于最低年化利率');
  for (const k of ['minTermMonths', 'maxTermMonths'] as const) {
    const v = input[k];
    if (v === undefined || v === null) continue;
    if (!Number.isInteger(v) || v < 1 || v > MAX_TERM_MONTHS)
      errors.add(k, `${k}（期限）须为 1 到 ${MAX_TERM_MONTHS} 之间的整数（月）`);
    else patch[k] = v;
  }
  const minTerm = input.minTermMonths ?? current?.minTermMonths;
  const maxTerm = input.maxTermMonths ?? current?.maxTermMonths;
  if (minTerm && maxTerm && minTerm > maxTerm) errors.add('maxTermMonths', 'maxTermMonths（最长期限）不能短于最短期限');
  if (input.guaranteeTypes) {
    if (input.guaranteeTypes.length === 0) errors.add('guaranteeTypes', 'guaranteeTypes（担保方式）至少选一种');
    patch.guaranteeTypes = [...new Set(input.guaranteeTypes)];
  }
  if (input.sectors) {
    if (input.sectors.length > Object.keys(Sector).length) errors.add('sectors', 'sectors（行业）过多');
    patch.sectors = [...new Set(input.sectors)];
  }
  if (input.regionCodes) {
    const codes = [...new Set(input.regionCodes.map((c) => c.trim()))];
    if (codes.length > MAX_PRODUCT_REGIONS)
      errors.add('regionCodes', `regionCodes（服务地区）最多 ${MAX_PRODUCT_REGIONS} 个`);
    const unknown = codes.filter((c) => !/^\d{6}$/.test(c) || !reference.region(c));
    if (unknown.length > 0)
      errors.add('regionCodes', `regionCodes（服务地区）中有未知的行政区划代码：${unknown.slice(0, 5).join('、')}`);
    patch.regionCodes = codes;
  }
  if (input.scales) patch.scales = [...new Set(input.scales)];
  if (input.description !== undefined) patch.description = input.description?.trim() || null;
  set('status', input.status);
  errors.throwIfAny();
  return patch;
}

/** Checks a need's input (the event is checked by the caller) and answers the columns to write. */
export function needPatch(
  input: FinancingNeedInput,
  current: FinancingNeedEntity | null,
): Partial<FinancingNeedEntity> {
  const errors = new FieldErrors();
  const patch: Partial<FinancingNeedEntity> = {};
  const required = (k: keyof FinancingNeedInput, label: string) => {
    if (!current && (input[k] === undefined || input[k] === null)) errors.add(k, `${k}（${label}）必填`);
  };
  required('amountCny', '融资金额');
  required('purpose', '资金用途');
  required('termMonths', '期限');
  required('guaranteeTypes', '担保方式');
  if (input.amountCny) {
    if (cents(input.amountCny) <= 0n) errors.add('amountCny', 'amountCny（融资金额）须大于 0');
    patch.amountCny = input.amountCny;
  }
  if (input.purpose !== undefined && input.purpose !== null) {
    const purpose = input.purpose.trim();
    if ([...purpose].length < 2) errors.add('purpose', 'purpose（资金用途）至少 2 个字');
    patch.purpose = purpose;
  }
  if (input.termMonths !== undefined && input.termMonths !== null) {
    if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_TERM_MONTHS)
      errors.add('termMonths', `termMonths（期限）须为 1 到 ${MAX_TERM_MONTHS} 之间的整数（月）`);
    patch.termMonths = input.termMonths;
  }
  if (input.guaranteeTypes) {
    if (input.guaranteeTypes.length === 0) errors.add('guaranteeTypes', 'guaranteeTypes（担保方式）至少选一种');
    patch.guaranteeTypes = [...new Set(input.guaranteeTypes)];
  }
  if (input.scale) patch.scale = input.scale;
  if (input.confidential !== undefined && input.confidential !== null) patch.confidential = input.confidential;
  if (input.status) patch.status = input.status;
  errors.throwIfAny();
  return patch;
}
