import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatMessage,
  formatMoney,
  formatPeriod,
  formatPrice,
  formatQuantity,
  formatScore,
} from './format';

describe('format', () => {
  it('writes money exactly, with separators and two decimals', () => {
    expect(formatMoney('1250000.5')).toBe('¥1,250,000.50');
    expect(formatMoney('1250000.50')).toBe('¥1,250,000.50');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('12345678901234.99')).toBe('¥12,345,678,901,234.99');
    expect(formatMoney(null)).toBe('—');
  });

  it('writes prices with their unit, or null for 面议', () => {
    expect(formatPrice(0.9, 1.4, '只')).toBe('0.90–1.40 元/只');
    expect(formatPrice(2, 2, '吨')).toBe('2.00 元/吨');
    expect(formatPrice(2, null, '只')).toBe('≥ 2.00 元/只');
    expect(formatPrice(null, 3, null)).toBe('≤ 3.00 元');
    expect(formatPrice(null, null, '只')).toBeNull();
  });

  it('writes large quantities in 万 and 亿', () => {
    expect(formatQuantity(3_000_000, '只')).toBe('300万只');
    expect(formatQuantity(1200, '吨')).toBe('1,200吨');
    expect(formatQuantity(250_000_000, '只')).toBe('2.5亿只');
    expect(formatQuantity(null, '只')).toBe('—');
  });

  it('writes times in Asia/Shanghai, whatever the zone of the machine', () => {
    expect(formatDateTime('2020-05-29T01:20:00Z')).toBe('5月29日 09:20');
    expect(formatDate('2020-05-28T17:00:00Z')).toBe('2020-05-29');
    expect(formatDate('2027-12-31')).toBe('2027-12-31');
    expect(formatLongDate('2027-12-31')).toBe('2027年12月31日');
    expect(formatPeriod('2020-05-29T01:00:00Z', '2020-05-29T09:30:00Z')).toBe('5月29日 09:00–17:30');
  });

  it('fills placeholders and writes scores as percentages', () => {
    expect(formatMessage('已发出 {count} / {max} 个邀约', { count: 3, max: 30 })).toBe('已发出 3 / 30 个邀约');
    expect(formatMessage('{missing} stays', {})).toBe('{missing} stays');
    expect(formatScore(0.876)).toBe('88%');
  });
});
