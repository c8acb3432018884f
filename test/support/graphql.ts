export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: string[]; requestId?: string; [k: string]: unknown };
}

export interface GraphQLResult<T = any> {
  status: number;
  data?: T;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/** A minimal GraphQL-over-HTTP client, as any standard client would speak it. */
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

  async request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> {
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

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation that must fail, and returns its first error. */
  async fails(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorShape> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }
}
