import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

/** A Relay connection as the cache stores it: nodes are references, totalCount may be absent. */
export interface StoredConnection {
  edges: { __typename?: string; cursor: string; node: Reference | StoreObject }[];
  pageInfo?: unknown;
  totalCount?: number;
  [key: string]: unknown;
}

/**
 * The connection with one more edge at the start (lists are newest or best first), its total
 * counted; unchanged when the node is already there (a live event for something cached).
 */
export function withEdgeInserted(
  connection: StoredConnection,
  edge: StoredConnection['edges'][number],
  isSame: (node: StoredConnection['edges'][number]['node']) => boolean,
): StoredConnection {
  if (connection.edges.some((e) => isSame(e.node))) return connection;
  return {
    ...connection,
    edges: [edge, ...connection.edges],
    ...(typeof connection.totalCount === 'number' ? { totalCount: connection.totalCount + 1 } : {}),
  };
}

/** The connection without the node's edge, its total counted down; unchanged when absent. */
export function withEdgeRemoved(
  connection: StoredConnection,
  isSame: (node: StoredConnection['edges'][number]['node']) => boolean,
): StoredConnection {
  const edges = connection.edges.filter((e) => !isSame(e.node));
  if (edges.length === connection.edges.length) return connection;
  return {
    ...connection,
    edges,
    ...(typeof connection.totalCount === 'number' ? { totalCount: Math.max(0, connection.totalCount - 1) } : {}),
  };
}

interface ConnectionTarget {
  /** The object holding the connection field (`cache.identify(...)`), or the root query. */
  owner?: string;
  fieldName: string;
  edgeTypename: string;
  /** The node's type, e.g. `Listing` (Apollo adds `__typename` at run time; the generated types omit it). */
  nodeTypename: string;
}

/** Inserts a created node into every cached page set of a connection field (all argument variants). */
export function insertIntoConnection(cache: ApolloCache, target: ConnectionTarget, node: { id: string }): void {
  const object = { ...node, __typename: target.nodeTypename } as StoreObject;
  cache.modify({
    id: target.owner ?? 'ROOT_QUERY',
    fields: {
      [target.fieldName](value, { toReference, readField }) {
        const existing = value as StoredConnection | undefined;
        if (!existing?.edges) return value;
        const ref = toReference(object, true);
        if (!ref) return value;
        return withEdgeInserted(
          existing,
          { __typename: target.edgeTypename, cursor: '', node: ref },
          (n) => readField('id', n) === node.id,
        );
      },
    },
  });
}

/** Removes a node from every cached page set of a connection field. */
export function removeFromConnection(
  cache: ApolloCache,
  target: Omit<ConnectionTarget, 'edgeTypename' | 'nodeTypename'>,
  id: string,
): void {
  cache.modify({
    id: target.owner ?? 'ROOT_QUERY',
    fields: {
      [target.fieldName](value, { readField }) {
        const existing = value as StoredConnection | undefined;
        if (!existing?.edges) return value;
        return withEdgeRemoved(existing, (n) => readField('id', n) === id);
      },
    },
  });
}
