import { useStack } from './support/stack';

describe('API protection and transport (e2e)', () => {
  const { api, stack } = useStack();

  it('refuses queries nested too deep', async () => {
    const deep = `{ chainCategory(code: "1512") { ${'upstream { downstream { '.repeat(6)} code ${'} } '.repeat(6)} } }`;
    const res = await api.rawRequest(deep);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_DEPTH' });
  });

  it('refuses alias floods and repeated log-ins in one document', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: chainCategory(code: "1512") { code }`).join(' ');
    const flood = await api.rawRequest(`{ ${aliases} }`);
    expect(flood.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_ALIASES' });

    const logins = Array.from(
      { length: 3 },
      (_, i) => `l${i}: logIn(input: { email: "x${i}@y.cn", password: "guess-${i}-password" }) { accessToken }`,
    ).join(' ');
    const attack = await api.rawRequest(`mutation { ${logins} }`);
    expect(attack.status).toBe(400);
    expect(attack.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXPENSIVE_FIELD_REPEATED' });

    // an import's preview checks every row again: one per document (an outside tester's 8 aliases took 41 s)
    const id = '00000000-0000-4000-8000-000000000000';
    const previews = Array.from({ length: 2 }, (_, i) => `p${i}: previewListingImport(id: "${id}") { total }`).join(
      ' ',
    );
    const repeated = await api.rawRequest(`{ ${previews} }`);
    expect(repeated.status).toBe(400);
    expect(repeated.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXPENSIVE_FIELD_REPEATED',
    });
  });

  it('refuses operations whose estimated cost is too high', async () => {
    const q = `{ a: listings(first: 100) { edges { node { enterprise { listings(first: 100) { edges { node { title } } } } } } } }`;
    const res = await api.rawRequest(q);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_COST' });
  });

  it('refuses long documents before parsing, and fragment tricks before they cost anything', async () => {
    const long = await api.rawRequest(`{ chainCategories { ${'code '.repeat(10_001)} } }`);
    expect(long.status).toBe(400);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_TOKENS' });
    expect(long.errors?.[0].message).toMatch(/查询文档过长/);

    // Each fragment spreads the next twice: 2^40 fields once spread, a few hundred tokens written.
    const doubled = Array.from({ length: 40 }, (_, i) =>
      i < 39
        ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`
        : `fragment F${i} on Query { listings(first: 100) { edges { node { title } } } }`,
    );
    const started = Date.now();
    const spread = await api.rawRequest(`query { ...F0 } ${doubled.join(' ')}`);
    expect(spread.status).toBe(400);
    expect(spread.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_COST' });

    // A chain of fragments as long as the token limit allows: refused or answered, never a 500.
    const links = Array.from({ length: 1_100 }, (_, i) =>
      i < 1_099 ? `fragment C${i} on Query { ...C${i + 1} }` : `fragment C${i} on Query { chainCategories { code } }`,
    );
    const chained = await api.rawRequest(`query { ...C0 } ${links.join(' ')}`);
    expect(chained.status).toBeLessThan(500);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers malformed JSON, unparsable queries and oversized bodies with 4xx, never 500', async () => {
    const malformed = await fetch(`${stack().apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ chainCategories { code }',
    });
    expect(malformed.status).toBe(400);
    // answered as GraphQL answers, with a code a client can read
    const malformedAnswer = (await malformed.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(malformedAnswer.errors[0]).toMatchObject({
      message: expect.stringContaining('请求无效'),
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const parse = await api.rawRequest('{ chainCategories { code ');
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const unknownField = await api.rawRequest('{ chainCategories { nope } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const huge = await fetch(`${stack().apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ chainCategories { code } }`, variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );

    // automatic persisted queries are off: a hash, with its query or alone, is refused as input (a
    // hash that did not match its query was answered as an internal error)
    for (const body of [{ query: '{ __typename }' }, {}]) {
      const res = await fetch(`${stack().apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
      });
      expect(res.status).toBeLessThan(500);
      const answer = (await res.json()) as { errors: { extensions: { code: string; reason: string } }[] };
      expect(answer.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_SUPPORTED' });
    }
  });

  it('follows GraphQL over HTTP: graphql-response+json, GET for queries, no mutations over GET', async () => {
    const post = await fetch(`${stack().apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ chainCategory(code: "3055") { name } }' }),
    });
    expect(post.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(((await post.json()) as any).data.chainCategory.name).toBe('玻璃包装容器制造');

    const query = encodeURIComponent('{ chainCategory(code: "3055") { name } }');
    const get = await fetch(`${stack().apiUrl}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.chainCategory.name).toBe('玻璃包装容器制造');

    const mutation = encodeURIComponent(
      'mutation { logIn(input: { email: "a@b.cn", password: "whatever-1234" }) { accessToken } }',
    );
    const getMutation = await fetch(`${stack().apiUrl}/graphql?query=${mutation}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(getMutation.status).toBe(405);
  });

  it('carries a request id on every answer and never shows stack traces', async () => {
    const res = await api.rawRequest('{ me { id } }', undefined, { 'x-request-id': 'client-req-12345' });
    expect(res.headers.get('x-request-id')).toBe('client-req-12345');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('reports health on the api and the worker, and Prometheus metrics with GraphQL timings', async () => {
    const health = await fetch(`${stack().apiUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
    const workerHealth = await fetch(`${stack().workerUrl}/health`);
    expect(await workerHealth.json()).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
    expect((await fetch(`${stack().workerUrl}/graphql`, { method: 'POST' })).status).toBe(404);

    await api.rawRequest('query ChainForMetrics { chainCategories { code } }');
    const metrics = await (await fetch(`${stack().apiUrl}/metrics`)).text();
    expect(metrics).toMatch(
      /graphql_operation_duration_seconds_count\{operation="ChainForMetrics",type="query",outcome="ok"\} [1-9]/,
    );
    expect(metrics).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\}/);
  });
});
