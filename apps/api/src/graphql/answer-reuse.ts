import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getNamedType, isObjectType, Kind } from 'graphql';

import type { RequestContext, Viewer } from '@duijie/accounts';

/**
 * A root query field whose answers come from an in-memory snapshot (the first-page window of
 * `listings`): while the snapshot stands, the same operation for a viewer of the same key gets the
 * same answer, so it can be sent again without executing the operation.
 */
export interface SnapshotRoot {
  /** The snapshot answering now, as an identity; null when memory answers nothing. */
  snapshot(): object | null;
  /** What of the viewer the field's answer depends on (when answered from the snapshot). */
  viewerKey(viewer: Viewer | null): string;
  /** Whether the field, with these arguments and this viewer, was answered from `snapshot`. */
  answeredFrom(snapshot: object, args: Record<string, unknown>, viewer: Viewer | null): boolean;
}

/**
 * The answers of the last operations that read only a snapshot, keyed by document, operation,
 * variables and viewer key, sent again while their snapshot stands. Everything before execution
 * still runs for every request (the token and its version, parsing, validation and its limits, the
 * cost limit, metrics and logs); only the execution is skipped.
 *
 * An operation qualifies when it is a query whose root fields are all one snapshot root, and every
 * field it selects below them is in `pureFields` (`Type.field`): a field whose value is the same
 * for every viewer, read from the objects the snapshot holds or from reference data. An answer is
 * kept only when nothing changed while it ran (the snapshot before and after is the same) and the
 * root says each of its fields was answered from that snapshot (not from the database, which may
 * know ties of this viewer that the key does not carry), and never when it has errors.
 */
export class AnswerReuse {
  private readonly shapes = new Map<string, readonly FieldNode[] | null>();
  private readonly answers = new Map<string, { snapshot: object; data: Record<string, unknown> }>();
  private answersOf: object | null = null;
  private readonly pending = new WeakMap<object, { key: string; snapshot: object; roots: readonly FieldNode[] }>();
  /** Answers sent again, for tests and the bench. */
  hits = 0;

  constructor(
    private readonly roots: Readonly<Record<string, SnapshotRoot>>,
    private readonly pureFields: ReadonlySet<string>,
    readonly max = 500,
    readonly maxKeyChars = 4096,
  ) {}

  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: async (ctx) => this.lookup(ctx),
        willSendResponse: async (ctx) => this.keep(ctx),
      }),
    };
  }

  /** The answer kept for this request's operation, or null to execute it. */
  private lookup(ctx: GraphQLRequestContext<RequestContext>) {
    const roots = this.shapeOf(ctx);
    if (!roots) return null;
    const root = this.roots[roots[0].name.value];
    const snapshot = root.snapshot();
    if (!snapshot) return null;
    const key = [
      ctx.queryHash,
      ctx.operationName ?? '',
      JSON.stringify(ctx.request.variables ?? {}),
      root.viewerKey(ctx.contextValue.viewer),
    ].join('\u0000');
    if (key.length > this.maxKeyChars) return null;
    const kept = this.answers.get(key);
    if (kept && kept.snapshot === snapshot && this.answersOf === snapshot) {
      this.hits += 1;
      return { http: ctx.response.http, body: { kind: 'single' as const, singleResult: { data: kept.data } } };
    }
    this.pending.set(ctx, { key, snapshot, roots });
    return null;
  }

  /** Keeps the answer of an operation that read only the snapshot it began under. */
  private keep(ctx: GraphQLRequestContext<RequestContext>): void {
    const started = this.pending.get(ctx);
    if (!started) return;
    this.pending.delete(ctx);
    const body = ctx.response.body;
    if (body?.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
    const { snapshot, roots } = started;
    const queryType = ctx.schema.getQueryType()!;
    const variables = ctx.request.variables ?? {};
    const viewer = ctx.contextValue.viewer;
    for (const node of roots) {
      const root = this.roots[node.name.value];
      const args = getArgumentValues(queryType.getFields()[node.name.value], node, variables);
      if (root.snapshot() !== snapshot || !root.answeredFrom(snapshot, args, viewer)) return;
    }
    if (this.answersOf !== snapshot) {
      this.answers.clear();
      this.answersOf = snapshot;
    }
    this.answers.set(started.key, { snapshot, data: body.singleResult.data });
    if (this.answers.size > this.max) this.answers.delete(this.answers.keys().next().value!);
  }

  /** The root fields of a qualifying operation, or null (worked out once per document and operation). */
  private shapeOf(ctx: GraphQLRequestContext<RequestContext>): readonly FieldNode[] | null {
    const operation = ctx.operation;
    if (!operation || operation.operation !== 'query' || !ctx.document || !ctx.queryHash) return null;
    const key = `${ctx.queryHash}\u0000${ctx.operationName ?? ''}`;
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      shape = qualifyingRoots(ctx.schema, ctx.document, operation, this.roots, this.pureFields);
      this.shapes.set(key, shape);
      if (this.shapes.size > this.max) this.shapes.delete(this.shapes.keys().next().value!);
    }
    return shape;
  }
}

/**
 * The root fields of `operation` when they are all the same snapshot root and everything below them
 * is a pure field (fragments followed), else null. Directives are not read: a field that
 * `@include` may leave out must be pure all the same.
 */
export function qualifyingRoots(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  roots: Readonly<Record<string, unknown>>,
  pureFields: ReadonlySet<string>,
): readonly FieldNode[] | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const found: FieldNode[] = [];
  const visiting = new Set<string>();

  /** Whether `ok` holds for every field selected on `typeName` (fragments followed; a cycle or another type fails). */
  const everyField = (
    typeName: string,
    set: SelectionSetNode,
    ok: (s: FieldNode, type: GraphQLObjectType) => boolean,
  ): boolean => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) return false;
    return set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__typename' || ok(s, type);
      const def = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
      if (!def || (def.typeCondition && def.typeCondition.name.value !== typeName)) return false;
      if (s.kind !== Kind.FRAGMENT_SPREAD) return everyField(typeName, def.selectionSet, ok);
      if (visiting.has(s.name.value)) return false;
      visiting.add(s.name.value);
      const all = everyField(typeName, def.selectionSet, ok);
      visiting.delete(s.name.value);
      return all;
    });
  };
  /** A field's selection below it: pure fields all the way down. */
  const pureBelow = (field: GraphQLField<unknown, unknown> | undefined, s: FieldNode): boolean =>
    !!field &&
    (!s.selectionSet ||
      everyField(getNamedType(field.type).name, s.selectionSet, (sub, type) =>
        pureFields.has(`${type.name}.${sub.name.value}`) ? pureBelow(type.getFields()[sub.name.value], sub) : false,
      ));
  const rootsPure = everyField(queryType.name, operation.selectionSet, (s, type) => {
    if (!(s.name.value in roots) || !s.selectionSet || !pureBelow(type.getFields()[s.name.value], s)) return false;
    found.push(s);
    return true;
  });

  if (!rootsPure || found.length === 0) return null;
  if (new Set(found.map((f) => f.name.value)).size > 1) return null;
  return found;
}
