#!/usr/bin/env node
// Lib boundaries, checked in CI: no file outside a lib imports one of its files (`@duijie/<lib>/<file>`),
// and the libs' import graph has no cycle. Prints the graph with --graph.
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
    for (const m of readFileSync(path, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
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

if (process.argv.includes('--graph')) {
  for (const [lib, deps] of [...graph].sort()) console.log(`${lib} → ${[...deps.keys()].sort().join(', ')}`);
}
if (problems.length) {
  console.error(`lib boundaries: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`lib boundaries: ${graph.size} libs, no deep import, no cycle`);
