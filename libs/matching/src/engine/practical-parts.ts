import type { MatchListing, ScoringContext } from './types';

/**
 * One part of a score: how well the pair does on it (0..1), and the reason in words. The words are
 * built only for the pairs that are kept: ranking scores thousands of pairs, explaining ten.
 */
export interface Part {
  fit: number;
  detail: () => string;
}

/**
 * The fit of a part the pair says nothing about: a quantity or a price one side leaves out, or states
 * in a unit the other's does not convert to (a pipe maker's 吨 against a builder's 米 says nothing of
 * whether the pipe serves; weighed below a missing quantity, as it was, it ranked the very pipe below
 * a lesser one quoted in 米).
 */
export const NEUTRAL = 0.5;

/** Days of remaining validity at which the validity part is full. */
const COMFORTABLE_VALIDITY_DAYS = 30;

export function quantityPart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part {
  if (s.quantity == null || d.quantity == null || !s.unit || !d.unit) {
    return { fit: NEUTRAL, detail: () => (s.quantity == null ? '供应方未注明供应能力' : '需求方未注明需求数量') };
  }
  const factor = s.unit === d.unit ? 1 : ctx.unitFactor(s.unit, d.unit);
  if (factor == null) {
    return { fit: NEUTRAL, detail: () => `计量单位不同，无法比较：供应以“${s.unit}”计，需求以“${d.unit}”计` };
  }
  const supply = s.quantity * factor;
  const offered = () =>
    `供应能力 ${formatAmount(s.quantity!)}${s.unit}${s.unit === d.unit ? '' : `（折合 ${formatAmount(supply)}${d.unit}）`}`;
  if (supply >= d.quantity) {
    return { fit: 1, detail: () => `${offered()} ≥ 需求 ${formatAmount(d.quantity!)}${d.unit}` };
  }
  const share = supply / d.quantity;
  return {
    fit: share,
    detail: () => `${offered()} 可满足需求 ${formatAmount(d.quantity!)}${d.unit} 的 ${Math.round(share * 100)}%`,
  };
}

/**
 * Prices are per unit of the listing's own unit (元/吨, 元/只). They are compared only in units
 * that convert (a supply quoted in 元/千克 is turned into 元/吨 for a demand in 吨); in units that
 * do not (元/吨 against 元/只) the part stays neutral and says that the prices cannot be compared.
 * A side without a unit is read in the other side's unit.
 */
export function pricePart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part {
  const sr = range(s);
  const dr = range(d);
  if (!sr || !dr)
    return { fit: NEUTRAL, detail: () => (!sr && !dr ? '双方价格面议' : !sr ? '供应方价格面议' : '需求方价格面议') };
  const sUnit = s.unit ?? d.unit;
  const dUnit = d.unit ?? s.unit;
  const per = (unit: string | null) => `元/${unit ?? '单位'}`;
  // One supply unit is `factor` demand units, so the supply's price per demand unit is price / factor.
  const factor = !sUnit || !dUnit || sUnit === dUnit ? 1 : ctx.unitFactor(sUnit, dUnit);
  if (factor == null || factor <= 0) {
    return {
      fit: NEUTRAL,
      detail: () =>
        `计价单位不同，价格无法比较：供应 ${formatRange(sr)} ${per(sUnit)}，需求 ${formatRange(dr)} ${per(dUnit)}`,
    };
  }
  const sd: [number, number] = [sr[0] / factor, sr[1] / factor];
  const text = () =>
    `供应 ${formatRange(sr)} ${per(sUnit)}${factor === 1 ? '' : `（折合 ${formatRange(sd)} ${per(dUnit)}）`}，需求 ${formatRange(dr)} ${per(dUnit)}`;
  if (sd[0] <= dr[1] && dr[0] <= sd[1]) return { fit: 1, detail: () => `价格区间重叠：${text()}` };
  if (sd[1] < dr[0]) return { fit: 1, detail: () => `报价低于需求预算：${text()}` };
  // The supplier asks more than the buyer offers: the larger the gap, the weaker the fit.
  const gap = (sd[0] - dr[1]) / Math.max(sd[0], 1e-9);
  return { fit: Math.max(0, 1 - 2 * gap), detail: () => `报价高出需求预算 ${Math.round(gap * 100)}%：${text()}` };
}

export function regionPart(s: MatchListing, d: MatchListing, ctx: ScoringContext): Part {
  const a = s.regionCode;
  const b = d.regionCode;
  const names = () => ctx.regionNames(a);
  if (a === b && !a.endsWith('00')) return { fit: 1, detail: () => `同一区县：${names().join('')}` };
  if (a.slice(0, 4) === b.slice(0, 4) && !a.endsWith('0000'))
    return { fit: 0.7, detail: () => `同一地市：${names().slice(0, 2).join('')}` };
  if (a.slice(0, 2) === b.slice(0, 2)) return { fit: 0.4, detail: () => `同省：${names()[0] ?? a}` };
  return { fit: 0, detail: () => `跨省：${names()[0] ?? a} → ${ctx.regionNames(b)[0] ?? b}` };
}

/**
 * Credit for certificates only where the demand asks for them and the supply has them: a demand
 * that asks for none earns nothing here (no reason to show), rather than full marks.
 */
export function certificationPart(s: MatchListing, d: MatchListing): Part {
  if (!d.certifications.length) return { fit: 0, detail: () => '需求方未要求认证' };
  const missing = d.certifications.filter((c) => !s.certifications.includes(c));
  if (!missing.length) return { fit: 1, detail: () => `具备要求的 ${d.certifications.join('、')} 认证` };
  const share = (d.certifications.length - missing.length) / d.certifications.length;
  return { fit: share * 0.5, detail: () => `缺少要求的 ${missing.join('、')} 认证` };
}

const OPEN_ENDED: Part = { fit: 1, detail: () => '双方长期有效' };

export function validityPart(s: MatchListing, d: MatchListing, today: string): Part {
  if (!s.validUntil && !d.validUntil) return OPEN_ENDED;
  const ends = [s.validUntil, d.validUntil].filter((v): v is string => !!v).sort();
  const days = Math.max(0, daysBetween(today, ends[0]));
  const who = ends[0] === s.validUntil ? '供应' : '需求';
  if (days >= COMFORTABLE_VALIDITY_DAYS) return { fit: 1, detail: () => `双方有效期至 ${ends[0]} 以后` };
  return { fit: days / COMFORTABLE_VALIDITY_DAYS, detail: () => `${who}信息 ${days} 天后到期（${ends[0]}）` };
}

function range(l: MatchListing): [number, number] | null {
  if (l.priceMin == null && l.priceMax == null) return null;
  return [l.priceMin ?? l.priceMax!, l.priceMax ?? l.priceMin!];
}

function formatRange([lo, hi]: [number, number]): string {
  return lo === hi ? formatAmount(lo) : `${formatAmount(lo)}–${formatAmount(hi)}`;
}

/** 3000000 → "300万", 250000000 → "2.5亿", 12.5 → "12.5". */
export function formatAmount(n: number): string {
  // Two decimals, or two significant digits below a cent (0.00012 元/只 of a price per 万只 read per 只): never 0 for a price that is not.
  const trim = (x: number) => String(Number(x !== 0 && Math.abs(x) < 0.01 ? x.toPrecision(2) : x.toFixed(2)));
  if (Math.abs(n) >= 1e8) return `${trim(n / 1e8)}亿`;
  if (Math.abs(n) >= 1e4) return `${trim(n / 1e4)}万`;
  return trim(n);
}

/** Days between two `YYYY-MM-DD` dates, from their Date.parse at midnight UTC (see MatchIndex's columns). */
export function daysBetweenTimes(from: number, to: number): number {
  return Math.round((to - from) / 86_400_000);
}

function daysBetween(from: string, to: string): number {
  return daysBetweenTimes(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`));
}

/*
 * The fits alone, without the words: the same numbers as the parts above (practical-parts.spec.ts
 * holds them to it), allocation-free, for ranking thousands of candidates (see MatchIndex.top).
 */

export function quantityFit(s: MatchListing, d: MatchListing, ctx: ScoringContext): number {
  if (s.quantity == null || d.quantity == null || !s.unit || !d.unit) return NEUTRAL;
  const factor = s.unit === d.unit ? 1 : ctx.unitFactor(s.unit, d.unit);
  if (factor == null) return NEUTRAL;
  const supply = s.quantity * factor;
  return supply >= d.quantity ? 1 : supply / d.quantity;
}

export function priceFit(s: MatchListing, d: MatchListing, ctx: ScoringContext): number {
  if ((s.priceMin == null && s.priceMax == null) || (d.priceMin == null && d.priceMax == null)) return NEUTRAL;
  const sUnit = s.unit ?? d.unit;
  const dUnit = d.unit ?? s.unit;
  const factor = !sUnit || !dUnit || sUnit === dUnit ? 1 : ctx.unitFactor(sUnit, dUnit);
  if (factor == null || factor <= 0) return NEUTRAL;
  const s0 = (s.priceMin ?? s.priceMax!) / factor;
  const s1 = (s.priceMax ?? s.priceMin!) / factor;
  const d0 = d.priceMin ?? d.priceMax!;
  const d1 = d.priceMax ?? d.priceMin!;
  if (s0 <= d1 && d0 <= s1) return 1;
  if (s1 < d0) return 1;
  const gap = (s0 - d1) / Math.max(s0, 1e-9);
  return Math.max(0, 1 - 2 * gap);
}

/** Whether `a.slice(0, n) === b.slice(0, n)`, without the slices. */
function samePrefix(a: string, b: string, n: number): boolean {
  const la = Math.min(a.length, n);
  if (la !== Math.min(b.length, n)) return false;
  for (let i = 0; i < la; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

export function regionFit(s: MatchListing, d: MatchListing): number {
  return regionCodeFit(s.regionCode, d.regionCode);
}

/** regionFit of a supply in region `a` and a demand in region `b`. */
export function regionCodeFit(a: string, b: string): number {
  if (a === b && !a.endsWith('00')) return 1;
  if (samePrefix(a, b, 4) && !a.endsWith('0000')) return 0.7;
  return samePrefix(a, b, 2) ? 0.4 : 0;
}

export function certificationFit(s: MatchListing, d: MatchListing): number {
  const wanted = d.certifications;
  if (!wanted.length) return 0;
  let missing = 0;
  for (const c of wanted) if (!s.certifications.includes(c)) missing++;
  return missing ? ((wanted.length - missing) / wanted.length) * 0.5 : 1;
}

export function validityFit(s: MatchListing, d: MatchListing, today: string): number {
  if (!s.validUntil && !d.validUntil) return 1;
  const end = !s.validUntil
    ? d.validUntil!
    : !d.validUntil || s.validUntil <= d.validUntil
      ? s.validUntil
      : d.validUntil;
  return validityOfDays(Math.max(0, daysBetween(today, end)));
}

/** The validity fit of a pair whose first end date is `days` away. */
export function validityOfDays(days: number): number {
  return days >= COMFORTABLE_VALIDITY_DAYS ? 1 : days / COMFORTABLE_VALIDITY_DAYS;
}
