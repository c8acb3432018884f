#!/usr/bin/env node
// Lib boundaries, checked in CI: no file outside a lib imports one of its files (`@duijie/<lib>/<file>`),
// the libs' import graph has no cycle, and no lib (nor app) names another lib's table in SQL or
// another lib's entity in a TypeORM call: each lib owns the tables of its entities (`@Entity('t')`
// in libs/<lib>/src) and the others ask it through its index.ts. Prints the graph with --graph and
// who owns which table with --tables.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](@duijie\/[^'"]+)['"]|import\(\s*['"](@duijie\/[^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const problems = [];
const graph = new Map(); // lib -> Map(lib -> first file that imports it)
for (const top of ['apps', 'libs', 'test', 'bench', 'scripts']) {
  let entries;
  try {
    entries = [...files(join(root, top))];
  } catch {
    continue;
  }
  for (const path of entries) {
    const file = relative(root, path);
    const own = file.match(/^libs\/([^/]+)\//)?.[1];
    const isSpec = /\.(spec|e2e-spec|slow-spec)\.tsx?$/.test(file);
    for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      const [, lib, ...rest] = spec.split('/');
      if (rest.length) problems.push(`${file}: imports ${spec}; use '@duijie/${lib}' (the lib's index.ts)`);
      if (lib === own) problems.push(`${file}: imports its own lib through '${spec}'; use a relative path`);
      else if (own && !isSpec) {
        if (!graph.has(own)) graph.set(own, new Map());
        if (!graph.get(own).has(lib)) graph.get(own).set(lib, file);
      }
    }
  }
}

// Cycles: depth-first search over the lib graph, reporting each back edge's cycle once.
const state = new Map();
const stack = [];
const seen = new Set();
function visit(lib) {
  state.set(lib, 'open');
  stack.push(lib);
  for (const next of graph.get(lib)?.keys() ?? []) {
    if (state.get(next) === 'open') {
      const cycle = [...stack.slice(stack.indexOf(next)), next];
      const key = [...cycle].slice(0, -1).sort().join(',');
      if (!seen.has(key)) {
        seen.add(key);
        const via = cycle.slice(0, -1).map((l, i) => `${l} → ${cycle[i + 1]} (${graph.get(l).get(cycle[i + 1])})`);
        problems.push(`import cycle between libs:\n    ${via.join('\n    ')}`);
      }
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(lib, 'done');
}
for (const lib of [...graph.keys()].sort()) if (!state.has(lib)) visit(lib);

// Tables: who owns each (from the entity files), then every SQL string or TypeORM call that
// reaches past its lib. Migrations, the demo seed, specs and test support are exempt.
const owners = new Map(); // table -> lib
const entityOwners = new Map(); // entity class -> lib
for (const path of files(join(root, 'libs'))) {
  const file = relative(root, path);
  const lib = file.split('/')[1];
  for (const match of readFileSync(path, 'utf8').matchAll(/@Entity\(\s*['"](\w+)['"][\s\S]*?\bclass\s+(\w+)/g)) {
    if (owners.has(match[1]))
      problems.push(`${file}: table ${match[1]} is also an entity of lib ${owners.get(match[1])}`);
    owners.set(match[1], lib);
    entityOwners.set(match[2], lib);
  }
}
const EXEMPT = [
  /^libs\/database\/src\/migrations\//,
  /^apps\/api\/src\/cli\/seed-demo/,
  /^apps\/web\//,
  /\.(spec|e2e-spec|slow-spec)\.tsx?$/,
];
// Cases still to be moved to the owning lib, each by file and table (see docs/ARCHITECTURE.md,
// "Tables"); an entry that no longer occurs is reported too, so this list only shrinks.
const KNOWN = new Map(
  Object.entries(JSON.parse(readFileSync(join(root, 'scripts/known-cross-lib-tables.json'), 'utf8')).files).map(
    ([file, { reaches }]) => [file, reaches],
  ),
);
const SQL_TABLE = new RegExp(
  String.raw`\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+(?:ONLY\s+)?"?(${[...owners.keys()].join('|')})"?(?![\w.(])`,
  'gi',
);
const ORM_ENTITY = new RegExp(
  String.raw`\b(?:getRepository|InjectRepository|forFeature|createQueryBuilder|insert|update|upsert|delete|save|remove|find\w*|count\w*|exists\w*|increment|decrement|from|\w*[jJ]oin\w*)\(\s*\[?\s*(${[...entityOwners.keys()].join('|')})\b`,
  'g',
);
const stripComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const seenKnown = new Set();
for (const top of ['apps', 'libs']) {
  for (const path of files(join(root, top))) {
    const file = relative(root, path);
    if (EXEMPT.some((re) => re.test(file))) continue;
    const own = file.match(/^libs\/([^/]+)\//)?.[1] ?? null;
    const text = stripComments(readFileSync(path, 'utf8'));
    const line = (index) => text.slice(0, index).split('\n').length;
    const reach = (index, name, lib, what) => {
      if (lib === own) return;
      if (KNOWN.get(file)?.includes(name)) {
        seenKnown.add(`${file} ${name}`);
        return;
      }
      problems.push(
        `${file}:${line(index)}: ${what} of lib ${lib}; ask it through '@duijie/${lib}' (a repository method it exports, or a port)`,
      );
    };
    for (const match of text.matchAll(SQL_TABLE))
      reach(match.index, match[1].toLowerCase(), owners.get(match[1].toLowerCase()), `SQL names table ${match[1]}`);
    for (const match of text.matchAll(ORM_ENTITY))
      reach(match.index, match[1], entityOwners.get(match[1]), `TypeORM call on entity ${match[1]}`);
  }
}
for (const [file, names] of KNOWN)
  for (const name of names)
    if (!seenKnown.has(`${file} ${name}`))
      problems.push(`scripts/known-cross-lib-tables.json: ${file} no longer reaches ${name}; take it off the list`);

if (process.argv.includes('--tables')) {
  for (const [table, lib] of [...owners].sort()) console.log(`${table} → ${lib}`);
}
if (process.argv.includes('--graph')) {
  for (const [lib, deps] of [...graph].sort()) console.log(`${lib} → ${[...deps.keys()].sort().join(', ')}`);
}
if (problems.length) {
  console.error(`lib boundaries: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `lib boundaries: ${graph.size} libs, no deep import, no cycle; ${owners.size} tables, named only by their own lib (apart from ${seenKnown.size} known reaches in scripts/known-cross-lib-tables.json, to move)`,
);
