import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: string[]; requestId?: string; [k: string]: unknown };
}

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/** Each document printed once: tests that race many requests send the same few documents. */
const printed = new WeakMap<object, string>();
function source(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/** The variables argument: optional when the operation has no required variable. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * A minimal GraphQL-over-HTTP client, as any standard client would speak it.
 *
 * `request`, `ok` and `fails` take a typed document made with the generated `graphql()` tag
 * (test/generated, `npm run codegen`): the result is typed `R` and the variables `V`.
 * `rawRequest`, `rawOk` and `rawFails` send a plain string, on purpose, and return untyped data:
 * they are only for tests that deliberately send malformed or hostile GraphQL (fuzzing, hostile
 * input, query-cost and depth attacks, the schema walk), which no typed document can express.
 * `npm run check:codegen` fails when any other spec calls them.
 */
export class GraphQLClient {
  /** `baseUrl` may be a function, for a client made before its server has started. */
  constructor(
    private readonly base: string | (() => string),
    public token?: string,
  ) {}

  get baseUrl(): string {
    return typeof this.base === 'function' ? this.base() : this.base;
  }

  withToken(token: string | undefined): GraphQLClient {
    return new GraphQLClient(this.base, token);
  }

  request<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<R>> {
    return this.send<R>(source(document), variables, headers);
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
    return okData(await this.request(document, variables));
  }

  /** Runs an operation that must fail, and returns its first error. */
  async fails<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesArg<V>): Promise<GraphQLErrorShape> {
    return firstError(await this.request(document, variables));
  }

  /** A plain-string query, for malformed or hostile GraphQL only (see the class comment). */
  rawRequest<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> {
    return this.send<T>(query, variables, headers);
  }

  /** A plain-string query that must succeed, for hostile-input tests only (see the class comment). */
  async rawOk<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    return okData(await this.rawRequest<T>(query, variables));
  }

  /** A plain-string query that must fail, for hostile-input tests only (see the class comment). */
  async rawFails(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorShape> {
    return firstError(await this.rawRequest(query, variables));
  }

  private async send<T>(query: string, variables: unknown, headers: Record<string, string>): Promise<GraphQLResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: T; errors?: GraphQLErrorShape[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`non-JSON answer (${res.status}): ${text.slice(0, 300)}`);
    }
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }
}

function okData<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

function firstError<T>(result: GraphQLResult<T>): GraphQLErrorShape {
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0];
}

/**
 * Variables that deliberately break the operation's declared types (a string where a number is
 * due, an unknown enum value, a missing required field), for tests of the API's own validation.
 * The typed helpers refuse such variables unless a test marks them with this.
 */
export function illTyped<V>(variables: Record<string, unknown>): V {
  return variables as V;
}
