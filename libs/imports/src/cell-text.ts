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
