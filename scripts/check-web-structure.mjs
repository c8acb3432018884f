// The console's folder shape (HOUSE_STYLE rule 21), kept by this check rather than by review:
//   apps/web/src/modules/<feature>/{components,hooks,graphql,utils}/ and nothing else;
//   components/ PascalCase .tsx, hooks/ use<Thing>.ts, utils/ camelCase .ts (+ .spec.ts);
//   graphql/{queries,mutations,subscriptions,fragments}/<name>.graphql, one operation per file,
//   named after it (createListing.graphql holds `mutation CreateListing`);
//   pages/ one <Screen>Page.tsx per screen; a module reaches another only through its
//   components, hooks or utils, never its graphql/ folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'apps/web/src');
const modules = join(src, 'modules');
const problems = [];
const bad = (file, why) => problems.push(`${relative(root, file)}: ${why}`);
const list = (dir) =>
  readdirSync(dir).map((name) => ({ name, path: join(dir, name), dir: statSync(join(dir, name)).isDirectory() }));

const FOLDERS = {
  components: /^[A-Z][A-Za-z0-9]*\.tsx$/,
  hooks: /^use[A-Z][A-Za-z0-9]*\.tsx?$/,
  utils: /^[a-z][A-Za-z0-9]*(\.spec)?\.ts$/,
};
const KINDS = { queries: 'query', mutations: 'mutation', subscriptions: 'subscription', fragments: 'fragment' };

for (const feature of list(modules)) {
  if (!feature.dir) {
    bad(feature.path, 'only feature folders belong in modules/');
    continue;
  }
  for (const entry of list(feature.path)) {
    if (!entry.dir || !(entry.name in FOLDERS || entry.name === 'graphql')) {
      bad(entry.path, 'a module holds only components/, hooks/, graphql/ and utils/');
      continue;
    }
    if (entry.name === 'graphql') {
      for (const kind of list(entry.path)) {
        if (!kind.dir || !(kind.name in KINDS)) {
          bad(kind.path, 'graphql/ holds only queries/, mutations/, subscriptions/ and fragments/');
          continue;
        }
        for (const file of list(kind.path)) checkOperation(file, KINDS[kind.name]);
      }
      continue;
    }
    for (const file of list(entry.path)) {
      if (file.dir || !FOLDERS[entry.name].test(file.name)) bad(file.path, `not a ${entry.name} file name`);
    }
  }
}

function checkOperation(file, kind) {
  if (!file.name.endsWith('.graphql')) return bad(file.path, 'operations are .graphql files');
  const base = file.name.replace(/\.graphql$/, '');
  const text = readFileSync(file.path, 'utf8');
  const defs = [...text.matchAll(/^(query|mutation|subscription|fragment)\s+([A-Za-z0-9_]+)/gm)];
  const expected = base[0].toUpperCase() + base.slice(1);
  if (kind === 'fragment') {
    if (!defs.length || defs.some((d) => d[1] !== 'fragment')) bad(file.path, 'fragments/ holds fragments only');
    if (!defs.some((d) => d[2] === expected)) bad(file.path, `no fragment named ${expected}`);
    return;
  }
  if (defs.length !== 1) return bad(file.path, 'one operation per file');
  if (defs[0][1] !== kind) bad(file.path, `a ${defs[0][1]} in the ${kind} folder`);
  if (defs[0][2] !== expected) bad(file.path, `the operation must be named ${expected} after its file`);
}

for (const page of list(join(src, 'pages'))) {
  if (page.dir || !/^[A-Z][A-Za-z0-9]*Page\.tsx$/.test(page.name))
    bad(page.path, 'pages/ holds one <Screen>Page.tsx per screen');
  else if (!/export default function/.test(readFileSync(page.path, 'utf8')))
    bad(page.path, 'a page is a default export (lazy route)');
}

function* sources(dir) {
  for (const e of list(dir)) {
    if (e.dir) yield* sources(e.path);
    else if (/\.tsx?$/.test(e.name)) yield e.path;
  }
}
for (const file of sources(modules)) {
  const own = relative(modules, file).split('/')[0];
  for (const m of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
    if (!m[1].startsWith('.')) continue;
    const target = relative(modules, resolve(file, '..', m[1])).split('/');
    if (target[0] !== '..' && target[0] !== own && !['components', 'hooks', 'utils'].includes(target[1]))
      bad(file, `reaches into ${target.join('/')}: use that module's components, hooks or utils`);
  }
}

if (problems.length) {
  console.error(`web structure: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('web structure: modules, operations and pages are in shape');
