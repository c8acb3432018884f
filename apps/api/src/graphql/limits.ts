import type {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

import type { ListBound } from '@duijie/common';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@duijie/common';

/**
 * The most items a plain list field (one that is not a cursor connection) can return: a number, or
 * its `first` argument with the default and maximum the resolver enforces. The cost limit counts
 * each list at this bound, so an answer can never hold more than the estimate said.
 */
export type Bound = number | { arg: 'first'; bound: ListBound };

/** What a list of objects without a bound (see list-bounds.ts) is costed at: enough to refuse most queries. */
export const UNKNOWN_LIST = 1_000;

export function limitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });
}

/** A document that does not parse or validate, tagged as Apollo tags it over HTTP (then shown as BAD_USER_INPUT). */
export function requestError(err: unknown, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  const e = err instanceof GraphQLError ? err : new GraphQLError(String(err));
  return new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    extensions: { ...e.extensions, code },
  });
}

/**
 * Refuses operations nested deeper than `max` fields (fragments followed, cycles cut). Each
 * fragment's depth is worked out once: a fragment spread many times, or fragments spreading each
 * other twice over, cost no more than the document is long.
 */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    // A fragment's depth below where it is spread; 0 while it is being measured, so a cycle adds nothing.
    const fragmentDepths = new Map<string, number>();
    const depthOf = (set: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const sel of set?.selections ?? []) {
        if (sel.kind === Kind.FIELD) {
          if (sel.selectionSet && !sel.name.value.startsWith('__'))
            deepest = Math.max(deepest, 1 + depthOf(sel.selectionSet));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet));
        } else {
          const name = sel.name.value;
          let depth = fragmentDepths.get(name);
          if (depth === undefined) {
            fragmentDepths.set(name, 0);
            depth = depthOf(fragments.get(name)?.selectionSet);
            fragmentDepths.set(name, depth);
          }
          deepest = Math.max(deepest, depth);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet);
        if (depth > max) {
          context.reportError(limitError(`查询嵌套过深（${depth} 层，上限 ${max} 层）`, 'MAX_DEPTH'));
        }
      },
    };
  };
}

/** Refuses documents with more than `max` aliases (alias floods multiply work cheaply). */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node: FieldNode) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(limitError(`别名过多（上限 ${max} 个）`, 'MAX_ALIASES'));
        }
      },
    };
  };
}

/**
 * Fields that are expensive on purpose (password hashing) may appear once per document, so
 * `a: logIn(...) b: logIn(...) ...` cannot turn one request into a CPU attack.
 */
export function expensiveFieldRule(fields: readonly string[]) {
  return (context: ValidationContext): ASTVisitor => {
    const counts = new Map<string, number>();
    return {
      Field(node: FieldNode) {
        const name = node.name.value;
        if (!fields.includes(name)) return;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        if (count === 2) context.reportError(limitError(`每个请求只能调用一次 ${name}`, 'EXPENSIVE_FIELD_REPEATED'));
      },
    };
  };
}

/**
 * Lists cost their largest possible length times their items' cost: a connection its page size, a
 * plain list of objects its bound from `listBounds` (or `UNKNOWN_LIST` when it has none). A list of
 * scalars counts as one field (its length is bounded where it is written).
 */
export function listEstimator(bounds: Record<string, () => Bound>): ComplexityEstimator {
  return ({ args, childComplexity, field, type }) => {
    // Clients (Apollo Client on every selection) ask for __typename; it is read, not resolved.
    if (field.name === '__typename') return 0;
    const typeName = getNamedType(field.type).name;
    // A connection's edges are already counted `first` times by the connection itself.
    if (field.name === 'edges' && type.name.endsWith('Connection')) return 1 + childComplexity;
    if (typeName.endsWith('Connection'))
      return 1 + childComplexity * Math.max(1, Math.min(numberArg(args.first) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
    if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) return undefined;
    const bound = bounds[`${type.name}.${field.name}`]?.() ?? UNKNOWN_LIST;
    const length =
      typeof bound === 'number' ? bound : Math.min(numberArg(args[bound.arg]) ?? bound.bound.fallback, bound.bound.max);
    return 1 + childComplexity * Math.max(1, length);
  };
}

const numberArg = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** The estimated cost of the operation that would run; throws when it is above `max`. */
export function assertCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  max: number,
  bounds: Record<string, () => Bound>,
): number {
  return refuseAbove(operationCost(schema, document, operationName, variables, bounds), max);
}

/**
 * The estimated cost of the operation that would run (0 when its variables do not coerce:
 * execution then refuses it with BAD_USER_INPUT naming them). A document whose cost cannot be
 * worked out (more fields once its fragments are spread than the estimator walks, or nested
 * past the stack) is refused, never let through uncounted.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  bounds: Record<string, () => Bound>,
): number {
  const operation = getOperationAST(document, operationName);
  if (operation && getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return 0;
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [listEstimator(bounds), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    throw limitError('查询过于复杂（片段展开后的字段过多），无法估算成本，请减少片段或字段', 'MAX_COST');
  }
}

/** `cost`, or MAX_COST when it is above `max`. */
export function refuseAbove(cost: number, max: number): number {
  if (cost > max) throw limitError(`查询过于复杂（估算成本 ${cost}，上限 ${max}），请减少字段或每页条数`, 'MAX_COST');
  return cost;
}

/**
 * Costs already estimated, by document hash, operation name and variables: the console sends the
 * same few operations with the same few variables over and over. At most `max` entries (the
 * oldest leaves first); variables longer than `maxKeyChars` once written out are not kept.
 */
export class CostCache {
  private readonly costs = new Map<string, number>();

  constructor(
    readonly max = 2000,
    readonly maxKeyChars = 2048,
  ) {}

  get size(): number {
    return this.costs.size;
  }

  /** The cached cost, or `estimate()` (kept when its key is small enough). */
  costOf(documentHash: string, operationName: string | undefined, variables: unknown, estimate: () => number): number {
    const key = `${documentHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    const known = this.costs.get(key);
    if (known !== undefined) return known;
    const cost = estimate();
    if (key.length <= this.maxKeyChars) {
      this.costs.set(key, cost);
      if (this.costs.size > this.max) this.costs.delete(this.costs.keys().next().value!);
    }
    return cost;
  }
}
