import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLType,
} from 'graphql';
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Values to give required arguments, by the argument's named type. */
export interface ArgumentPools {
  ID: string[];
  String: string[];
}

export interface WalkQuery {
  /** The root field and the argument values this query tries, e.g. `dockingEvent(id: …)`. */
  label: string;
  /**
   * The document, leaving out the fields at the given response paths (without list indexes, e.g.
   * `listings.edges.node.matchSuggestions`): a field refused to the caller (an error on a non-null
   * field nulls its parents) is left out and the query asked again, so the rest of it still answers.
   */
  document(excluded?: ReadonlySet<string>): string;
}

export interface Walk {
  queries: WalkQuery[];
  /** Every `Type.field` reachable from Query (whatever the depth). */
  reachable: Set<string>;
  /** Every `Type.field` some query selects. */
  selected: Set<string>;
}

/**
 * Queries that select every field reachable from the schema's Query type, down to `maxDepth`
 * object levels, expanding each type once on a path; a type met again on its own path (a
 * self-reference such as `Region.parent`, a back-reference such as `Deal.event`) is selected with
 * its leaf fields only, so every reachable field is selected somewhere. Root fields with required arguments are tried once per pooled value; nested
 * ones once per value under aliases. Nothing here names a type or field of the product: a field
 * added to the schema is walked as it is.
 */
export function walkSchema(schema: GraphQLSchema, pools: ArgumentPools, maxDepth = 12): Walk {
  const query = schema.getQueryType()!;
  const selected = new Set<string>();
  const queries: WalkQuery[] = [];
  const none: ReadonlySet<string> = new Set();
  for (const field of Object.values(query.getFields())) {
    argumentVariants(field.args, pools).forEach((args) => {
      const build = (excluded: ReadonlySet<string>, record: boolean) =>
        selection(field.type, [query.name], 1, field.name, excluded, record);
      if (build(none, true) === null) return;
      selected.add(`${query.name}.${field.name}`);
      queries.push({
        label: `${field.name}${args}`,
        document: (excluded = none) => `query Walk { ${field.name}${args}${build(excluded, false) ?? ''} }`,
      });
    });
  }
  return { queries, reachable: reachableFields(schema), selected };

  /** ` { … }` for a composite type (null when nothing in it can be selected), '' for a leaf. */
  function selection(
    type: GraphQLType,
    path: string[],
    depth: number,
    key: string,
    excluded: ReadonlySet<string>,
    record: boolean,
  ): string | null {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (depth > maxDepth) return null;
    // A type already on the path is selected once more with its leaf fields only.
    const shallow = path.includes(named.name);
    if (shallow && path.slice(path.indexOf(named.name) + 1).includes(named.name)) return null;
    const inner = [...path, named.name];
    if (isAbstractType(named)) {
      const parts = schema
        .getPossibleTypes(named)
        .map((t) => {
          const s = fields(t, inner, depth, key, excluded, record);
          return s ? `... on ${t.name} { ${s} }` : '';
        })
        .filter(Boolean);
      return ` { __typename ${parts.join(' ')} }`;
    }
    const s = fields(named as GraphQLObjectType, inner, depth, key, excluded, record);
    return s ? ` { ${s} }` : null;
  }

  function fields(
    type: GraphQLObjectType,
    path: string[],
    depth: number,
    key: string,
    excluded: ReadonlySet<string>,
    record: boolean,
  ): string {
    const out: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const variants = argumentVariants(field.args, pools);
      variants.forEach((args, i) => {
        const name = variants.length === 1 ? field.name : `${field.name}_${i}`;
        const at = `${key}.${name}`;
        if (excluded.has(at)) return;
        const leaf = isLeafType(getNamedType(field.type));
        if (!leaf && path.slice(0, -1).includes(path[path.length - 1])) return;
        const sub = selection(field.type, path, depth + 1, at, excluded, record);
        if (sub === null) return;
        if (record) selected.add(`${type.name}.${field.name}`);
        out.push(`${name === field.name ? '' : `${name}: `}${field.name}${args}${sub}`);
      });
    }
    return out.join(' ');
  }
}

/** Argument lists to try: optional arguments left out, each required one given a pooled value. */
function argumentVariants(args: readonly GraphQLArgument[], pools: ArgumentPools): string[] {
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (!required.length) return [''];
  const choices = required.map((a) => literals(getNamedType(a.type), pools).map((v) => `${a.name}: ${v}`));
  if (choices.some((c) => !c.length)) return [];
  // One variant per value of the longest pool; shorter pools cycle (a product would explode).
  const n = Math.max(...choices.map((c) => c.length));
  return Array.from({ length: n }, (_, i) => `(${choices.map((c) => c[i % c.length]).join(', ')})`);
}

function literals(type: GraphQLNamedType, pools: ArgumentPools): string[] {
  if (type.name === 'ID') return pools.ID.map((v) => JSON.stringify(v));
  if (type.name === 'String') return pools.String.map((v) => JSON.stringify(v));
  if (type.name === 'Int' || type.name === 'Float') return ['1'];
  if (type.name === 'Boolean') return ['true', 'false'];
  if (isEnumType(type)) return type.getValues().map((v) => v.name);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (fields.some((f) => isNonNullType(f.type))) return [];
    return ['{}'];
  }
  return [];
}

/** Every `Type.field` of an object type reachable from Query. */
function reachableFields(schema: GraphQLSchema): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [schema.getQueryType()!];
  while (queue.length) {
    const type = queue.shift()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    const objects = isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
    for (const object of objects) {
      if (object !== type) queue.push(object);
      for (const field of Object.values(object.getFields()) as GraphQLField<unknown, unknown>[]) {
        out.add(`${object.name}.${field.name}`);
        queue.push(getNamedType(field.type));
      }
    }
  }
  return out;
}

/** Where in an answer a string containing `needle` sits, e.g. `data.dockingEvent.registrations[0].listings[1].title`. */
export function findPaths(value: unknown, needle: string, path = ''): string[] {
  if (typeof value === 'string') return value.includes(needle) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPaths(v, needle, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findPaths(v, needle, path ? `${path}.${k}` : k));
  return [];
}
