import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Date 须为 YYYY-MM-DD 格式的有效日期，收到 ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time, `YYYY-MM-DD`, kept as a string end to end. */
@Scalar('Date', () => DateScalarType)
export class DateScalar implements CustomScalar<string, string> {
  description = 'Calendar date, YYYY-MM-DD';

  parseValue(value: unknown): string {
    return parseDate(value);
  }

  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind !== Kind.STRING) return parseDate(undefined);
    return parseDate(ast.value);
  }
}

/** The TypeScript-side marker for fields of the Date scalar. */
export class DateScalarType {}

/** An instant as the contract writes it: ISO 8601 with its offset, 2027-03-05T14:30:00+08:00 or …Z. */
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant, or null for text that is not one: no offset, a day the month lacks (2027-02-30), 25:00. */
export function parseDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = DATE_TIME_RE.exec(value.trim());
  if (!match || !isCalendarDate(match[1])) return null;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

function dateTimeOf(value: unknown): Date {
  const date = parseDateTime(value);
  if (!date)
    throw new GraphQLError(
      `DateTime（日期时间）须为带时区的 ISO 8601 时间，例如 "2027-03-05T14:30:00+08:00"，收到 ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  return date;
}

/**
 * The DateTime scalar the contract names (ISO 8601 with offset): Nest's own read any text with
 * `new Date`, so 2027-02-30 became 2 March and a time without an offset was taken as UTC.
 */
export const StrictDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with its offset: 2027-03-05T14:30:00+08:00 or 2027-03-05T06:30:00Z',
  parseValue: dateTimeOf,
  parseLiteral: (ast) => dateTimeOf(ast.kind === Kind.STRING ? ast.value : undefined),
  serialize(value) {
    // what the API answers: a Date from a row, or a timestamp Postgres wrote as text inside JSON
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime 无法输出：不是时间');
    return date.toISOString();
  },
});

/** Today's date in China (Asia/Shanghai, UTC+8, no daylight saving). */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

const DECIMAL_RE = /^\d{1,14}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  const text =
    typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!DECIMAL_RE.test(text)) {
    throw new GraphQLError(
      `Decimal（金额）须为非负数，最多 14 位整数、2 位小数，例如 "1250000.50"，收到 ${JSON.stringify(value)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return text;
}

/** An exact decimal amount (CNY), written as a string so that no float ever touches it. */
@Scalar('Decimal', () => DecimalScalarType)
export class DecimalScalar implements CustomScalar<string, string> {
  description = 'Exact decimal amount as a string, e.g. "1250000.50" (numbers are accepted on input)';

  parseValue(value: unknown): string {
    return parseDecimal(value);
  }

  serialize(value: unknown): string {
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    return parseDecimal(undefined);
  }
}

/** The TypeScript-side marker for fields of the Decimal scalar. */
export class DecimalScalarType {}
