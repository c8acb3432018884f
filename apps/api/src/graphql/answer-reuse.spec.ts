import { ApolloServer } from '@apollo/server';
import { buildSchema, getOperationAST, parse } from 'graphql';

import type { RequestContext, Viewer } from '@duijie/accounts';

import type { SnapshotRoot } from './answer-reuse';
import { AnswerReuse, qualifyingRoots } from './answer-reuse';

const typeDefs = `
  type Query { items(first: Int, after: String): [Item!]! other: Int me: String }
  type Mutation { touch: Int }
  type Item { id: ID! name: String! owner: Owner! secret: String }
  type Owner { id: ID! name: String! phone: String }
`;
const PURE = new Set(['Item.id', 'Item.name', 'Item.owner', 'Owner.id', 'Owner.name']);

describe('qualifyingRoots', () => {
  const schema = buildSchema(typeDefs);
  const roots = (query: string) => {
    const document = parse(query);
    return qualifyingRoots(schema, document, getOperationAST(document)!, { items: true }, PURE)?.map(
      (f) => f.alias?.value ?? f.name.value,
    );
  };

  it('takes an operation that reads only pure fields below the snapshot root, fragments followed', () => {
    expect(roots('{ items { id name owner { name } } }')).toEqual(['items']);
    expect(roots('{ __typename a: items(first: 1) { id } b: items { __typename name } }')).toEqual(['a', 'b']);
    expect(
      roots('query Q { ...F } fragment F on Query { items { ...I } } fragment I on Item { id owner { id } }'),
    ).toEqual(['items']);
    expect(roots('{ items { ... on Item { name } ... { id } } }')).toEqual(['items']);
  });

  it('refuses one field that is not pure, however deep or wherever a fragment hides it', () => {
    expect(roots('{ items { id secret } }')).toBeUndefined();
    expect(roots('{ items { owner { phone } } }')).toBeUndefined();
    expect(
      roots('{ items { ...I } } fragment I on Item { owner { ...O } } fragment O on Owner { phone }'),
    ).toBeUndefined();
    expect(roots('{ items { id @include(if: false) secret @include(if: false) } }')).toBeUndefined();
  });

  it('refuses other roots beside it, mutations, and an operation with no snapshot root', () => {
    expect(roots('{ items { id } other }')).toBeUndefined();
    expect(roots('{ other }')).toBeUndefined();
    expect(roots('{ __typename }')).toBeUndefined();
    expect(roots('mutation { touch }')).toBeUndefined();
  });
});

describe('AnswerReuse', () => {
  /** A root answered from a snapshot the test controls; its resolver counts executions. */
  const setUp = () => {
    const state = {
      snapshot: { version: 1 } as object | null,
      fromMemory: true,
      executions: 0,
      name: '瓶子',
      changeWhileRunning: false,
    };
    const root: SnapshotRoot = {
      snapshot: () => state.snapshot,
      viewerKey: (viewer) => viewer?.enterpriseId ?? '-',
      answeredFrom: (snapshot, args) => state.fromMemory && snapshot === state.snapshot && !args.after,
    };
    const reuse = new AnswerReuse({ items: root }, PURE, 3);
    const schema = buildSchema(typeDefs);
    schema.getQueryType()!.getFields().items.resolve = (_: unknown, args: { first?: number }, ctx: RequestContext) => {
      state.executions += 1;
      if (state.changeWhileRunning) state.snapshot = { version: state.executions };
      const firm = ctx.viewer?.enterpriseId ?? 'none';
      if (args.first === 99) throw new Error('boom');
      return [{ id: `${firm}-${args.first ?? 0}`, name: state.name, owner: { id: 'o', name: firm, phone: '1' } }];
    };
    const server = new ApolloServer<RequestContext>({ schema, plugins: [reuse.plugin()] });
    const run = async (query: string, variables: Record<string, unknown> = {}, firm: string | null = null) => {
      const viewer = firm ? ({ enterpriseId: firm } as Viewer) : null;
      const contextValue = { viewer, requestId: 'r', authError: null, clientIp: '', loaders: new Map() };
      const res = await server.executeOperation({ query, variables }, { contextValue });
      return res.body.kind === 'single' ? res.body.singleResult : undefined;
    };
    return { state, reuse, server, run };
  };
  const Q =
    'query Items($first: Int, $after: String) { items(first: $first, after: $after) { id name owner { name } } }';

  it('sends an answer read from the snapshot again, per document, variables and viewer key', async () => {
    const { state, reuse, server, run } = setUp();
    await server.start();
    const first = await run(Q, { first: 1 });
    expect(await run(Q, { first: 1 })).toEqual(first);
    expect(state.executions).toBe(1);
    expect(reuse.hits).toBe(1);
    // Another viewer key, other variables: executed.
    expect((await run(Q, { first: 1 }, 'firmA'))?.data).toEqual({
      items: [{ id: 'firmA-1', name: '瓶子', owner: { name: 'firmA' } }],
    });
    await run(Q, { first: 2 });
    expect(state.executions).toBe(3);
    expect((await run(Q, { first: 1 }, 'firmA'))?.data).toEqual({
      items: [{ id: 'firmA-1', name: '瓶子', owner: { name: 'firmA' } }],
    });
    expect(state.executions).toBe(3);
    await server.stop();
  });

  it('runs the operation again once the snapshot changed, and keeps nothing while there is none', async () => {
    const { state, server, run } = setUp();
    await server.start();
    await run(Q);
    state.name = '改名';
    state.snapshot = { version: 2 };
    expect((await run(Q))?.data).toEqual({ items: [{ id: 'none-0', name: '改名', owner: { name: 'none' } }] });
    state.snapshot = null;
    await run(Q);
    await run(Q);
    expect(state.executions).toBe(4);
  });

  it('keeps no answer the database gave, none with errors, none whose snapshot changed while it ran', async () => {
    const { state, server, run } = setUp();
    await server.start();
    state.fromMemory = false;
    await run(Q);
    await run(Q);
    expect(state.executions).toBe(2);
    state.fromMemory = true;
    await run(Q, { after: 'x' });
    await run(Q, { after: 'x' });
    expect(state.executions).toBe(4);
    expect((await run(Q, { first: 99 }))?.errors).toHaveLength(1);
    expect((await run(Q, { first: 99 }))?.errors).toHaveLength(1);
    expect(state.executions).toBe(6);
    state.changeWhileRunning = true;
    await run(Q, { first: 5 });
    state.changeWhileRunning = false;
    await run(Q, { first: 5 });
    await run(Q, { first: 5 });
    expect(state.executions).toBe(8);
  });

  it('never runs a document with a field that is not pure from memory, and holds at most `max` answers', async () => {
    const { state, server, run } = setUp();
    await server.start();
    const secret = '{ items { id owner { phone } } }';
    await run(secret);
    await run(secret);
    expect(state.executions).toBe(2);
    for (const first of [1, 2, 3, 4]) await run(Q, { first });
    // The oldest of four went when the fourth came (max 3).
    await run(Q, { first: 1 });
    await run(Q, { first: 4 });
    expect(state.executions).toBe(7);
  });
});
