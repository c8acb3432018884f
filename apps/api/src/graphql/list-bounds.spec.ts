import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { addTypenameToDocument } from '@apollo/client/utilities';
import type { GraphQLSchema, VariableDefinitionNode } from 'graphql';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
} from 'graphql';

import { loadConfig } from '@duijie/config';
import { RegionTable } from '@duijie/reference';

import { assertCost } from './limits';
import type { ReferenceSizes } from './list-bounds';
import { listBounds } from './list-bounds';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'schema.gql'), 'utf8'));

/** The reference data's real sizes, from the files the database is seeded with. */
function dataSizes(): ReferenceSizes {
  const chain = JSON.parse(readFileSync(join(root, 'data/chain.json'), 'utf8')) as {
    categories: { code: string }[];
    edges: { from: string; to: string }[];
  };
  const degree = new Map<string, number>();
  for (const e of chain.edges) {
    degree.set(`up:${e.to}`, (degree.get(`up:${e.to}`) ?? 0) + 1);
    degree.set(`down:${e.from}`, (degree.get(`down:${e.from}`) ?? 0) + 1);
  }
  const regions = new RegionTable();
  let children = regions.children(null).length;
  for (const code of regions.codes()) children = Math.max(children, regions.children(code).length);
  const count = (file: string, key: string) =>
    (JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as Record<string, unknown[]>)[key].length;
  return {
    categories: () => chain.categories.length,
    chainNeighbours: () => Math.max(...degree.values()),
    regionChildren: () => children,
    units: () => count('units.json', 'units'),
    certifications: () => count('certifications.json', 'certifications'),
  };
}

const bounds = listBounds(dataSizes());
const maxCost = loadConfig({}).graphql.maxCost;

/** Every `Type.field` in the schema whose value is a list of objects, except a connection's edges. */
function objectLists(s: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(s.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) continue;
      if (field.name === 'edges' && type.name.endsWith('Connection')) continue;
      out.push(`${type.name}.${field.name}`);
    }
  }
  return out.sort();
}

/** Every .graphql document of the console, as one document (fragments live in files of their own). */
function consoleDocument(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.graphql')) files.push(path);
    }
  };
  walk(join(root, 'apps/web/src'));
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Variables at their most expensive plausible value: page sizes at the maximum. */
function worstVariables(defs: readonly VariableDefinitionNode[]): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const def of defs) {
    const type = getNamedType(typeFromAST(schema, def.type as never));
    const name = def.variable.name.value;
    if (def.type.kind !== Kind.NON_NULL_TYPE && name !== 'first') continue;
    if (type?.name === 'Int') vars[name] = name === 'first' ? 100 : 1;
    else if (type && isEnumType(type)) vars[name] = type.getValues()[0].value;
    else if (type && isInputObjectType(type)) vars[name] = {};
    else vars[name] = 'x';
  }
  return vars;
}

describe('list bounds and the cost limit', () => {
  it('give every list of objects in the schema a bound, and name no field that is gone', () => {
    const lists = objectLists(schema);
    expect(lists.filter((key) => !(key in bounds))).toEqual([]);
    expect(Object.keys(bounds).filter((key) => !lists.includes(key))).toEqual([]);
  });

  it('let every query and subscription of the console through at its worst variables', () => {
    // As Apollo Client sends them: __typename added to every selection set.
    const document = addTypenameToDocument(parse(consoleDocument()));
    const costs: Record<string, number> = {};
    for (const def of document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION || def.operation === 'mutation' || !def.name) continue;
      costs[def.name.value] = assertCost(
        schema,
        document,
        def.name.value,
        worstVariables(def.variableDefinitions ?? []),
        Number.MAX_SAFE_INTEGER,
        bounds,
      );
    }
    expect(Object.keys(costs).length).toBeGreaterThan(10);
    const over = Object.entries(costs).filter(([, cost]) => cost > maxCost);
    expect(over).toEqual([]);
  });

  it('refuse a small query over an event that could answer with hundreds of thousands of objects', () => {
    const cost = (q: string) => () => assertCost(schema, parse(q), undefined, {}, maxCost, bounds);
    // Before: lists counted as 10 items, so this cost 1 + 10 × (1 + 10 × 5) = 511 and passed; an event
    // with 3,000 registrations of 50 listings each answered 150,000 listings.
    expect(cost(`{ dockingEvent(id: "x") { registrations { listings { id title description quantity } } } }`)).toThrow(
      /查询过于复杂/,
    );
    expect(cost(`{ dockingEvent(id: "x") { registrations(first: 20) { listings { id title } } } }`)).not.toThrow();
    expect(cost(`{ dockingEvent(id: "x") { sessions { id slots } } }`)).not.toThrow();
  });
});
