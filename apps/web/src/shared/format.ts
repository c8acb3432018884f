/**
 * How the console writes numbers, money and times (GLOSSARY "Numbers and times"): money as
 * ¥1,250,000.50, prices with their unit (0.90–1.40 元/只), times in Asia/Shanghai whatever the
 * browser's zone. Pure, so the same rules hold in tests and on every screen.
 */
const ZONE = 'Asia/Shanghai';

/** `{name}` placeholders filled from values. */
export function formatMessage(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** An exact decimal string (as the API sends `Decimal`) as ¥ with separators, never through a float. */
export function formatMoney(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fraction.padEnd(2, '0').slice(0, 2);
  return `${sign}¥${grouped}.${cents}`;
}

function trimNumber(n: number): string {
  return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false }).format(n);
}

/** A unit price range with its unit: `0.90–1.40 元/只`, `≥ 2 元/只`, or null for 面议. */
export function formatPrice(
  min: number | null | undefined,
  max: number | null | undefined,
  unit?: string | null,
): string | null {
  const per = unit ? ` 元/${unit}` : ' 元';
  const money = (n: number) => n.toFixed(2);
  if (min == null && max == null) return null;
  if (min != null && max != null) return min === max ? `${money(min)}${per}` : `${money(min)}–${money(max)}${per}`;
  if (min != null) return `≥ ${money(min)}${per}`;
  return `≤ ${money(max!)}${per}`;
}

/** A quantity with its unit, large ones in 万 or 亿: `300万只`, `1,200吨`. */
export function formatQuantity(quantity: number | null | undefined, unit?: string | null): string {
  if (quantity == null) return '—';
  const u = unit ?? '';
  if (quantity >= 1e8) return `${trimNumber(quantity / 1e8)}亿${u}`;
  if (quantity >= 1e4) return `${trimNumber(quantity / 1e4)}万${u}`;
  return `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(quantity)}${u}`;
}

function parts(iso: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(fmt.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** `5月29日 09:20` in Asia/Shanghai. */
export function formatDateTime(iso: string): string {
  const p = parts(iso);
  return `${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

/** `09:20` in Asia/Shanghai. */
export function formatTime(iso: string): string {
  const p = parts(iso);
  return `${p.hour}:${p.minute}`;
}

/** `2027-12-31` for a date-time (in Asia/Shanghai) or a `Date` scalar. */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const p = parts(value);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2027年12月31日` for sentences. */
export function formatLongDate(value: string): string {
  const [y, month, d] = formatDate(value).split('-');
  return `${y}年${Number(month)}月${Number(d)}日`;
}

/** `5月29日 09:00–17:30` (one day) or `5月29日 09:00 – 5月30日 12:00`. */
export function formatPeriod(startsAt: string, endsAt: string): string {
  const sameDay = formatDate(startsAt) === formatDate(endsAt);
  return sameDay
    ? `${formatDateTime(startsAt)}–${formatTime(endsAt)}`
    : `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`;
}

/** A 0..1 score as a whole percentage. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
