import type {
  CooperationMode,
  IpKind,
  TechContractStatus,
  TechMaturity,
  TechnologyNeedInput,
  TechnologyResultInput,
} from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

/** Each generated enum to its label: a new value fails the build until it is named. */
export const MATURITY_LABELS: Record<TechMaturity, MessageId> = {
  LABORATORY: 'research.maturity.LABORATORY',
  SMALL_PILOT: 'research.maturity.SMALL_PILOT',
  PILOT: 'research.maturity.PILOT',
  INDUSTRIALISED: 'research.maturity.INDUSTRIALISED',
};
export const MATURITIES = Object.keys(MATURITY_LABELS) as TechMaturity[];

export const MODE_LABELS: Record<CooperationMode, MessageId> = {
  TRANSFER: 'research.mode.TRANSFER',
  LICENSE: 'research.mode.LICENSE',
  JOINT_DEVELOPMENT: 'research.mode.JOINT_DEVELOPMENT',
  TECHNICAL_SERVICE: 'research.mode.TECHNICAL_SERVICE',
};
export const MODES = Object.keys(MODE_LABELS) as CooperationMode[];

export const IP_KIND_LABELS: Record<IpKind, MessageId> = {
  INVENTION_PATENT: 'research.ip.INVENTION_PATENT',
  UTILITY_MODEL: 'research.ip.UTILITY_MODEL',
  DESIGN_PATENT: 'research.ip.DESIGN_PATENT',
  SOFTWARE_COPYRIGHT: 'research.ip.SOFTWARE_COPYRIGHT',
  PLANT_VARIETY: 'research.ip.PLANT_VARIETY',
  TECHNICAL_SECRET: 'research.ip.TECHNICAL_SECRET',
};
export const IP_KINDS = Object.keys(IP_KIND_LABELS) as IpKind[];

export const CONTRACT_STATUS_LABELS: Record<TechContractStatus, MessageId> = {
  PROPOSED: 'research.contract.status.PROPOSED',
  CONFIRMED: 'research.contract.status.CONFIRMED',
  DECLINED: 'research.contract.status.DECLINED',
};

export interface ResultFormValues {
  title: string;
  description: string;
  categoryCodes: string[];
  maturity: TechMaturity;
  ipRights?: { kind: IpKind; number: string }[];
  cooperationModes: CooperationMode[];
  priceCny?: string | number | null;
  open: boolean;
}

export interface NeedFormValues {
  title: string;
  problem: string;
  categoryCode: string;
  budgetCny?: string | number | null;
  deadline: string;
  minMaturity: TechMaturity;
}

/** An amount field's value as the API's exact Decimal (null when left empty: 面议 / no budget). */
export function decimalOrNull(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

export function toResultInput(v: ResultFormValues): TechnologyResultInput {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    categoryCodes: v.categoryCodes,
    maturity: v.maturity,
    ipRights: (v.ipRights ?? [])
      .filter((r) => r.number?.trim())
      .map((r) => ({ kind: r.kind, number: r.number.trim() })),
    cooperationModes: v.cooperationModes,
    priceCny: decimalOrNull(v.priceCny),
    open: v.open,
  };
}

export function toNeedInput(v: NeedFormValues): TechnologyNeedInput {
  return {
    title: v.title.trim(),
    problem: v.problem.trim(),
    categoryCode: v.categoryCode,
    budgetCny: decimalOrNull(v.budgetCny),
    deadline: v.deadline,
    minMaturity: v.minMaturity,
  };
}
