import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';

import { BadInputError, FieldError } from '@duijie/common';

function flatten(errors: ValidationError[], out: FieldError[] = []): FieldError[] {
  for (const e of errors) {
    for (const message of Object.values(e.constraints ?? {})) out.push({ field: e.property, message });
    if (e.children?.length) flatten(e.children, out);
  }
  return out;
}

/**
 * Characters no text field takes: control characters other than tab and line breaks (NUL, which no
 * text column can store, and the rest, which no reader means), and the bidirectional overrides and
 * isolates that make a name read as something else (U+202E turns 公司abc into cba司公).
 */
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** Fields of one line (names, titles, contacts): a line break there forges lines in e-mails, calendars and sheets. */
const SINGLE_LINE_FIELDS = new Set(['name', 'title', 'topic', 'contactName', 'contactPhone', 'email', 'unit', 'table']);

/** What is wrong with a text field's characters, or null. */
export function characterProblem(field: string, text: string): string | null {
  if (FORBIDDEN_CHARACTERS.test(text)) return `${field} 含有不允许的控制字符`;
  if (SINGLE_LINE_FIELDS.has(field) && /[\r\n\u2028\u2029]/u.test(text)) return `${field} 只能是一行文字，不能含换行`;
  return null;
}

/** Each text field whose characters are refused (see characterProblem), with the reason, once per field. */
export function badCharacters(
  value: unknown,
  field: string,
  out = new Map<string, string>(),
  depth = 0,
): Map<string, string> {
  if (depth > 8) return out;
  if (typeof value === 'string') {
    const problem = characterProblem(field, value);
    if (problem && !out.has(field)) out.set(field, problem);
  } else if (Array.isArray(value)) {
    value.forEach((v) => badCharacters(v, field, out, depth + 1));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) badCharacters(v, k, out, depth + 1);
  }
  return out;
}

/**
 * Fields whose DateTime did not parse: graphql's DateTime scalar turns any string ("2027年3月5日",
 * "明天") into an Invalid Date, which would otherwise fail deep in the database as an internal error.
 */
export function fieldsWithInvalidDate(value: unknown, field: string, out: string[] = [], depth = 0): string[] {
  if (depth > 8) return out;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) out.push(field);
  } else if (Array.isArray(value)) {
    value.forEach((v) => fieldsWithInvalidDate(v, field, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) fieldsWithInvalidDate(v, k, out, depth + 1);
  }
  return out;
}

/**
 * class-validator on every input, its failures as BAD_USER_INPUT naming the fields; text with
 * control or direction-override characters is refused here, before it can reach Postgres.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: false,
      forbidUnknownValues: false,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => new BadInputError(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what the client sent: custom parameters (the request context, the viewer) are ours.
    if (metadata.type === 'custom') return value;
    const characters = badCharacters(value, metadata.data ?? 'input');
    if (characters.size) throw new BadInputError([...characters].map(([field, message]) => ({ field, message })));
    const badDates = [...new Set(fieldsWithInvalidDate(value, metadata.data ?? 'input'))];
    if (badDates.length)
      throw new BadInputError(
        badDates.map((field) => ({
          field,
          message: `${field}（日期时间）须为 ISO 8601 格式，例如 "2027-03-05T14:30:00+08:00"`,
        })),
      );
    return super.transform(value, metadata);
  }
}
