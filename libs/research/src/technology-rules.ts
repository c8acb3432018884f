import { FieldErrors } from '@duijie/common';

import type { TechnologyNeedInput, TechnologyResultInput } from './research.dto';
import type { NewNeed, NewResult } from './research.repository';
import { MAX_IP_RIGHTS, MAX_TECH_CATEGORIES } from './research-limits';
import { MATURITY_ORDER } from './technology.enums';

const chars = (s: string) => [...s].length;

/** What the rules need of the chain: whether a category code exists. */
export interface KnownCategories {
  categoryName(code: string): string;
  exists(code: string): boolean;
}

function text(
  errors: FieldErrors,
  field: string,
  label: string,
  value: string | null | undefined,
  max: number,
): string {
  const v = (value ?? '').trim();
  if (!v) errors.add(field, `${field}（${label}）不能为空`);
  else if (chars(v) > max) errors.add(field, `${field}（${label}）最多 ${max} 个字符`);
  return v;
}

/** A result's input, checked field by field (BAD_USER_INPUT names each field, in Chinese). */
export function validateResult(input: TechnologyResultInput, chain: KnownCategories): Omit<NewResult, 'enterpriseId'> {
  const errors = new FieldErrors();
  const title = text(errors, 'title', '成果名称', input.title, 120);
  const description = text(errors, 'description', '技术领域与简介', input.description, 2000);
  const codes = [...new Set(input.categoryCodes ?? [])];
  if (codes.length === 0) errors.add('categoryCodes', 'categoryCodes（产业链环节）至少选择一个');
  if (codes.length > MAX_TECH_CATEGORIES)
    errors.add('categoryCodes', `categoryCodes（产业链环节）最多 ${MAX_TECH_CATEGORIES} 个`);
  const unknown = codes.filter((c) => !chain.exists(c));
  if (unknown.length) errors.add('categoryCodes', `categoryCodes（产业链环节）不存在：${unknown.join('、')}`);
  const ipRights = (input.ipRights ?? []).map((r) => ({ kind: r.kind, number: (r.number ?? '').trim() }));
  if (ipRights.length > MAX_IP_RIGHTS) errors.add('ipRights', `ipRights（知识产权）最多 ${MAX_IP_RIGHTS} 项`);
  if (ipRights.some((r) => !r.number || chars(r.number) > 40))
    errors.add('ipRights', 'ipRights（知识产权）的号码不能为空，最多 40 个字符');
  const modes = [...new Set(input.cooperationModes ?? [])];
  if (modes.length === 0) errors.add('cooperationModes', 'cooperationModes（合作方式）至少选择一种');
  if (!MATURITY_ORDER.includes(input.maturity)) errors.add('maturity', 'maturity（成熟度）无效');
  errors.throwIfAny();
  return {
    title,
    description,
    categoryCodes: codes,
    maturity: input.maturity,
    ipRights,
    cooperationModes: modes,
    priceCny: input.priceCny ?? null,
    open: input.open ?? true,
  };
}

/**
 * A need's input, checked into `errors`. A new need's deadline must not be past (`today`);
 * an edited one may keep a past deadline (it is then simply no longer matched).
 */
export function validateNeed(
  input: TechnologyNeedInput,
  chain: KnownCategories,
  errors: FieldErrors,
  today: string | null,
): Omit<NewNeed, 'enterpriseId'> | null {
  const title = text(errors, 'title', '需求名称', input.title, 120);
  const problem = text(errors, 'problem', '需要解决的问题', input.problem, 2000);
  if (!chain.exists(input.categoryCode)) errors.add('categoryCode', 'categoryCode（产业链环节）不存在');
  if (today && input.deadline < today) errors.add('deadline', `deadline（截止日期）不能早于今天（${today}）`);
  if (!MATURITY_ORDER.includes(input.minMaturity)) errors.add('minMaturity', 'minMaturity（最低成熟度）无效');
  if (!errors.isEmpty) return null;
  return {
    title,
    problem,
    categoryCode: input.categoryCode,
    budgetCny: input.budgetCny ?? null,
    deadline: input.deadline,
    minMaturity: input.minMaturity,
    eventId: input.eventId ?? null,
    open: input.open ?? true,
  };
}
