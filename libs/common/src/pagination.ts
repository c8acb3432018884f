import { Type } from '@nestjs/common';
import { ArgsType, Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';

import { BadInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string | null;
}

/**
 * A value computed only when a client selects its field: the object holds a thunk, and this
 * field middleware calls it. Cheaper than a resolver class method, which runs Nest's pipeline.
 */
export type Lazy<T> = T | (() => Promise<T>);

export const resolveLazy: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => unknown)() : value;
};

/** A total is counted only when a client asks for `totalCount`. */
export type LazyCount = Lazy<number>;

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: LazyCount;
}

/** A cursor is an opaque, url-safe encoding of the sort key of the row it points at. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function badCursor(): BadInputError {
  return new BadInputError([{ field: 'after', message: 'after（分页游标）无效，请使用上一页返回的 endCursor' }]);
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  const bad = badCursor;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length !== shape.length) throw bad();
  value.forEach((v, i) => {
    if (typeof v !== shape[i] || (typeof v === 'number' && !Number.isFinite(v))) throw bad();
  });
  return value as (string | number)[];
}

/** The cursor of lists ordered by a timestamp, newest first, ties broken by id. */
export function encodeTimeIdCursor(at: Date, id: string): string {
  return encodeCursor([at.toISOString(), id]);
}

export function decodeTimeIdCursor(cursor: string): { at: string; id: string } {
  const [at, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  if (!isUuid(id) || Number.isNaN(Date.parse(at))) throw badCursor();
  return { at, id };
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadInputError([{ field: 'first', message: `first（每页条数）须为 0 到 ${MAX_PAGE_SIZE} 之间的整数` }]);
  }
  return first;
}

/** What a plain (unpaged) list field returns at most, and without `first`. */
export interface ListBound {
  fallback: number;
  max: number;
}

/** The length of a plain list field: `first` within 1..max, or the fallback; BAD_USER_INPUT naming `first`. */
export function listSize(first: number | null | undefined, bound: ListBound): number {
  if (first === null || first === undefined) return bound.fallback;
  if (!Number.isInteger(first) || first < 1 || first > bound.max) {
    throw new BadInputError([{ field: 'first', message: `first（条数）须为 1 到 ${bound.max} 之间的整数` }]);
  }
  return first;
}

/**
 * Builds a connection from rows fetched with `limit + 1` (the extra row tells whether a next
 * page exists) and the (lazy) total count of the filter.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  totalCount: LazyCount,
  cursorOf: (row: R) => string,
  toNode: (row: R) => T,
  hasPrevious: boolean,
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const edges = pageRows.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A Relay connection type for `node`, named `<name>Connection` with `<name>Edge` edges. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Page<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { middleware: [resolveLazy] })
    totalCount: LazyCount;
  }
  return ConnectionType;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else names nothing (and must never reach Postgres as a uuid). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
