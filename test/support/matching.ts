import { graphql } from '../generated';
import { eventually } from './eventually';
import type { GraphQLClient } from './graphql';

/**
 * Waits until the worker has matched every listing (matchingStatus DONE), or fails after the
 * deadline with the listings still pending.
 */
export async function matched(client: GraphQLClient, ids: string[], deadlineMs = 20_000): Promise<void> {
  const status = async (id: string) =>
    (await client.ok(graphql(`query SupportMatchedListing($id: ID!) { listing(id: $id) { matchingStatus } }`), { id }))
      .listing?.matchingStatus;
  await eventually(
    'listings matched (matchingStatus DONE)',
    async () => {
      const statuses = await Promise.all(ids.map(async (id) => ({ id, status: await status(id) })));
      return statuses.filter((x) => x.status !== 'DONE').map((x) => x.id);
    },
    (pending) => !pending.length,
    { timeoutMs: deadlineMs },
  );
}

export const SUGGESTIONS = graphql(
  `query SupportMatchSuggestions($id: ID!, $first: Int, $after: String) { matchSuggestions(listingId: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id score supplyDecision demandDecision reasons { code contribution detail } supply { id title enterprise { id } } demand { id title confidential enterprise { id } } } } } }`,
);

export interface SuggestionNode {
  id: string;
  score: number;
  supplyDecision: string | null;
  demandDecision: string | null;
  reasons: { code: string; contribution: number; detail: string }[];
  supply: { id: string; title: string };
  demand: { id: string; title: string; confidential: boolean };
}

/**
 * A listing's suggestions, best first: a whole page of 100 by default, because every spec file of a
 * run shares one database and several build the same liquor-and-packaging world — a pair a test
 * looks for may rank below the same offers of other files (identical texts score alike).
 */
export async function suggestions(client: GraphQLClient, listingId: string, first = 100): Promise<SuggestionNode[]> {
  const data = await client.ok(SUGGESTIONS, { id: listingId, first });
  return data.matchSuggestions.edges.map((e: { node: SuggestionNode }) => e.node);
}
