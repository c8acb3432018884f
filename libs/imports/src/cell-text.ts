/**
 * What reading a file needs of a cell's text, with no import beyond this folder: the reader runs in
 * a thread of its own (read-thread.ts), which loads only the files it needs.
 */

/** Full-width digits, letters and punctuation → half-width; spaces trimmed. */
export function halfWidth(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u3000\u00A0]/g, ' ')
    .trim();
}

/** Excel's last date, 9999-12-31: a larger serial in a date-styled cell is shown as the number it is. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** A date-styled cell's serial that Excel shows as a date (1 … 9999-12-31). */
export const isExcelDate = (serial: number) => serial >= 1 && serial <= MAX_EXCEL_SERIAL;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included). */
export function excelSerialToDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Money as people say it, in the words a price is written in: 8毛一斤 → 0.8元/斤, 1块2 → 1.2元, 2块5毛, 5角,
 * 1.8块/斤 (元 written 块), 45一斤 → 45元/斤 (元 left unsaid); 七毛钱, 两块五 (the digits in words) the same.
 */
export function moneySaid(text: string): string {
  return (
    text
      // 七毛钱, 两块五, 十块: the digits said in words
      .replace(
        /([一二两三四五六七八九十])(?=块|[毛角])|(?<=块)([一二三四五六七八九])(?![斤吨个只箱件台套瓶袋盒公千克方])/g,
        (d) => `${d === '十' ? 10 : CHINESE_DIGIT[d]}`,
      )
      .replace(/(\d\.\d+)块钱?/g, '$1元')
      .replace(/(?<![\d.])(\d+)块钱?(?:(\d)[毛角]?(?!\d))?/g, (_, yuan: string, tenth?: string) =>
        tenth ? `${yuan}.${tenth}元` : `${yuan}元`,
      )
      .replace(
        /(?<![\d.])(\d)[毛角]钱?(\d)?(?![\d分])/g,
        (_, tenth: string, cent?: string) => `0.${tenth}${cent ?? ''}元`,
      )
      .replace(/(\d)元钱/g, '$1元')
      // 45一斤, 2700一吨, 2300左右一条: a price per one of a unit, 元 left unsaid (and about, said before the unit)
      .replace(/(\d)((?:左右|上下)?)一(?=\p{Script=Han})(?!.*元)/u, '$1元$2一')
      .replace(/元(?:左右|上下)?[一每](?=\p{Script=Han})/u, '元/')
  );
}

/**
 * A number as a scan's text recognition leaves it, made whole: the letters O and l (or I) beside digits read for 0 and 1
 * (4OO → 400, l500 → 1500, 1.6-2.O → 1.6-2.0), and 屯 after a number for 吨.
 */
export function scannedDigits(text: string): string {
  return text
    .replace(/(?<=[\d.])[Oo]+|[Oo]+(?=[\d.])/g, (m) => '0'.repeat(m.length))
    .replace(/(?<=[\d.])[lI]|[lI](?=[\d.])/g, '1')
    .replace(/(?<=\d)\s*屯/g, '吨');
}

/** The digits written as Chinese numerals, capital (壹, 贰) and everyday (一, 两). */
export const CHINESE_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
