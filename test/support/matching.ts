import type { GraphQLClient } from './graphql';

/**
 * Waits until the worker has matched every listing (matchingStatus DONE), or fails after the
 * deadline with the listings still pending.
 */
export async function matched(client: GraphQLClient, ids: string[], deadlineMs = 20_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  let pending = ids;
  while (pending.length) {
    const statuses = await Promise.all(
      pending.map(async (id) => ({
        id,
        s: (await client.ok(`query($id: ID!) { listing(id: $id) { matchingStatus } }`, { id })).listing?.matchingStatus,
      })),
    );
    pending = statuses.filter((x) => x.s !== 'DONE').map((x) => x.id);
    if (!pending.length) return;
    if (Date.now() > until) throw new Error(`listings still PENDING after ${deadlineMs} ms: ${pending.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const SUGGESTIONS = `query($id: ID!, $first: Int, $after: String) {
  matchSuggestions(listingId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id score supplyDecision demandDecision
      reasons { code contribution detail }
      supply { id title enterprise { id } } demand { id title confidential enterprise { id } } } }
  }
}`;

export interface SuggestionNode {
  id: string;
  score: number;
  supplyDecision: string | null;
  demandDecision: string | null;
  reasons: { code: string; contribution: number; detail: string }[];
  supply: { id: string; title: string };
  demand: { id: string; title: string; confidential: boolean };
}

export async function suggestions(client: GraphQLClient, listingId: string, first = 20): Promise<SuggestionNode[]> {
  const data = await client.ok(SUGGESTIONS, { id: listingId, first });
  return data.matchSuggestions.edges.map((e: { node: SuggestionNode }) => e.node);
}
