/**
 * Characters no text field takes: control characters other than tab and line breaks (NUL, which no
 * text column can store, and the rest, which no reader means), and the bidirectional overrides and
 * isolates that make a name read as something else (U+202E turns 公司abc into cba司公), the invisible
 * format characters that make one name look like another (a zero-width space after a verified
 * bank's name, a soft hyphen, a byte-order mark inside the text), and a surrogate left alone (no
 * text column can store it).
 */
/* eslint-disable no-control-regex -- control characters are what this pattern is for */
export const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uD800-\uDFFF]/u;
/* eslint-enable no-control-regex */
/** Fields of one line (names, titles, contacts): a line break there forges lines in e-mails, calendars and sheets. */
const SINGLE_LINE_FIELDS = new Set(['name', 'title', 'topic', 'contactName', 'contactPhone', 'email', 'unit', 'table']);

/** What is wrong with a text field's characters, or null. */
export function characterProblem(field: string, text: string): string | null {
  if (FORBIDDEN_CHARACTERS.test(text)) return `${field} 含有不允许的控制字符`;
  if (SINGLE_LINE_FIELDS.has(field) && /[\r\n\u2028\u2029]/u.test(text)) return `${field} 只能是一行文字，不能含换行`;
  return null;
}
