import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLError, Kind, ValueNode } from 'graphql';

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
