import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';

import { BadInputError, characterProblem, FieldError } from '@duijie/common';

function flatten(errors: ValidationError[], out: FieldError[] = []): FieldError[] {
  for (const e of errors) {
    for (const message of Object.values(e.constraints ?? {})) out.push({ field: e.property, message });
    if (e.children?.length) flatten(e.children, out);
  }
  return out;
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
