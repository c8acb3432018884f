import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { buildSchema, Kind, parse, print, validate } from 'graphql';
import { createClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';

import { DEMO_ORGANISER, DEMO_PASSWORD, demoEmail, seedDemo } from '../apps/api/src/cli/seed-demo';
import { graphql } from './generated';
import { adminClient } from './support/events';
import { GraphQLClient } from './support/graphql';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

/**
 * docs/examples/*.graphql are the API guide's example operations, one file per role. Each is
 * checked against the committed schema and run against the demo as that role, so the guide
 * cannot drift from what the API answers.
 */
const DIR = join(__dirname, '..', 'docs', 'examples');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.graphql'));
const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const documents = new Map<string, DocumentNode>(FILES.map((f) => [f, parse(readFileSync(join(DIR, f), 'utf8'))]));
const operations = (file: string): OperationDefinitionNode[] =>
  documents.get(file)!.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

describe('the API guide examples (docs/examples)', () => {
  it.each(FILES)('%s is valid against schema.gql and names every operation', (file) => {
    expect(validate(schema, documents.get(file)!).map((e) => e.message)).toEqual([]);
    for (const op of operations(file)) expect(op.name?.value).toBeTruthy();
  });

  it('has a file per role', () => {
    expect(FILES.sort()).toEqual(
      expect.arrayContaining(['admin.graphql', 'anonymous.graphql', 'enterprise.graphql', 'organiser.graphql']),
    );
  });

  describe('run against the demo', () => {
    let stack: Stack;
    let api: GraphQLClient;
    const clients: Record<string, GraphQLClient> = {};
    const tokens: Record<string, string> = {};
    const variables: Record<string, unknown> = {};

    const logIn = async (email: string, password: string): Promise<string> =>
      (
        await api.ok(
          graphql(
            `mutation ApiExamplesLogIn($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { accessToken } }`,
          ),
          {
            e: email,
            p: password,
          },
        )
      ).logIn.accessToken;

    beforeAll(async () => {
      stack = await startStack({ worker: false, isolated: true });
      api = new GraphQLClient(stack.apiUrl);
      await seedDemo(stack.api.get<DataSource>(getDataSourceToken()));
      const firmEmail = demoEmail('jiang1');
      tokens.enterprise = await logIn(firmEmail, DEMO_PASSWORD);
      tokens.organiser = await logIn(DEMO_ORGANISER, DEMO_PASSWORD);
      tokens.admin = (await adminClient(api)).token!;
      clients['anonymous.graphql'] = api;
      clients['enterprise.graphql'] = api.withToken(tokens.enterprise);
      clients['organiser.graphql'] = api.withToken(tokens.organiser);
      clients['admin.graphql'] = api.withToken(tokens.admin);

      const mine = await clients['enterprise.graphql'].ok(
        graphql(`query ApiExamplesMe { me { enterprise { id listings(first: 1) { edges { node { id } } } } } }`),
      );
      const events = await api.ok(
        graphql(`query ApiExamplesDockingEvents { dockingEvents(first: 100) { edges { node { id title } } } }`),
      );
      Object.assign(variables, {
        eventId: events.dockingEvents.edges.find((e) => e.node.title === '白酒企业与包装企业供求配套对接活动')!.node.id,
        enterpriseId: mine.me.enterprise!.id,
        listingId: mine.me.enterprise!.listings.edges[0].node.id,
        email: firmEmail,
        password: DEMO_PASSWORD,
      });
    });
    afterAll(() => stack?.close());

    const runnable = FILES.filter((f) => f !== 'subscriptions.graphql').flatMap((file) =>
      operations(file).map((op) => [file, op.name!.value, op] as const),
    );

    it.each(runnable)('%s %s answers without errors', async (file, _name, op) => {
      const wanted = Object.fromEntries(
        (op.variableDefinitions ?? []).map((v) => [v.variable.name.value, variables[v.variable.name.value]]),
      );
      for (const [name, value] of Object.entries(wanted))
        expect({ name, value }).toEqual({ name, value: expect.anything() });
      // The operation as docs/examples writes it (validated against schema.gql above), sent as a document.
      const document: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>> = {
        kind: Kind.DOCUMENT,
        definitions: [op],
      };
      const result = await clients[file].request(document, wanted);
      expect(result.errors ?? []).toEqual([]);
      for (const value of Object.values(result.data ?? {})) expect(value).not.toBeNull();
    });

    it('shows Apollo Sandbox to a browser opening /graphql (not in production), under a CSP that allows only its page', async () => {
      const res = await fetch(`${stack.apiUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('embeddable-sandbox');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const json = await fetch(`${stack.apiUrl}/graphql?query=%7B__typename%7D`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
      expect(json.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    });

    it('subscriptions.graphql is accepted over WebSocket with the token in connectionParams', async () => {
      const client = createClient({
        url: `${stack.apiUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tokens.enterprise}` },
        retryAttempts: 0,
      });
      try {
        for (const op of operations('subscriptions.graphql')) {
          const outcome = await new Promise<string>((resolve) => {
            const stop = client.subscribe(
              { query: print(op) },
              {
                next: () => undefined,
                error: (e) => resolve(`error: ${JSON.stringify(e)}`),
                complete: () => resolve('completed'),
              },
            );
            // Accepted operations stay open, waiting for events; refused ones error at once.
            setTimeout(() => {
              stop();
              resolve('open');
            }, 1500);
          });
          expect(outcome).toBe('open');
        }
      } finally {
        await client.dispose();
      }
    });
  });
});
