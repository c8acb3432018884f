// Fails when a codegen output is not what the committed schema.gql and the operations generate:
// apps/web/src/generated/ (the console's operations under apps/web/src/modules/**/graphql/) and
// test/generated/ (the operations the end-to-end tests write with its graphql() tag). Run
// `npm run codegen` and commit the result. Generates in memory: no API, no files written.
// Then fails when a test sends GraphQL as a plain string where it should send a typed document
// (see checkTestDocuments below).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { generate } from '@graphql-codegen/cli';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const jiti = createJiti(import.meta.url);
const CONFIGS = ['apps/web/codegen.ts', 'test/codegen.ts'];

const stale = [];
let files = 0;
for (const path of CONFIGS) {
  const config = await jiti.import(resolve(root, path), { default: true });
  const outputs = await generate({ ...config, silent: true, verbose: false }, false);
  files += outputs.length;
  for (const { filename, content } of outputs) {
    let committed = null;
    try {
      committed = readFileSync(resolve(root, filename), 'utf8');
    } catch {
      // missing
    }
    if (committed !== content) stale.push(filename);
  }
}
if (stale.length) {
  console.error(`codegen: stale generated files (run \`npm run codegen\`): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(`codegen: ${files} generated files match schema.gql and the operations`);

/**
 * Specs that send malformed or hostile GraphQL on purpose, through GraphQLClient's rawRequest,
 * rawOk and rawFails (test/support/graphql.ts): no typed document can express what they send.
 * Anywhere else a raw call needs a `// deliberately untyped: <why>` comment on the line above.
 */
const RAW_ALLOWED = {
  'test/hostile-input.e2e-spec.ts': 'hostile strings in every field',
  'test/api-protection.e2e-spec.ts': 'depth, alias and cost attacks, unparsable documents',
  'test/reliability/fuzz.e2e-spec.ts': 'generated, deliberately broken documents and variables',
  'test/reliability/limits-attacks.e2e-spec.ts': 'query-cost and list-size attacks',
  'test/reliability/schema-walk.e2e-spec.ts': 'documents built from the schema at run time',
  'test/support/schema-walk.ts': 'documents built from the schema at run time',
};

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function checkTestDocuments() {
  const problems = [];
  for (const file of testFiles(resolve(root, 'test'))) {
    const rel = relative(root, file);
    if (rel === 'test/support/graphql.ts') continue;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const where = `${rel}:${i + 1}`;
      // The typed helpers take a graphql() document; a string there does not typecheck either,
      // but ts-jest runs specs without type checking, so say it plainly.
      if (/\.(ok|fails|request)\(\s*['"`]/.test(line))
        problems.push(
          `${where}: a query string sent through the typed helper; write it with graphql() from test/generated`,
        );
      if (
        /\.raw(Request|Ok|Fails)\b/.test(line) &&
        !RAW_ALLOWED[rel] &&
        !/deliberately untyped:/.test(lines[i - 1] ?? '')
      )
        problems.push(
          `${where}: an untyped query string; use a graphql() document, or say why with "// deliberately untyped: …" above`,
        );
    });
  }
  if (problems.length) {
    console.error(`codegen: tests that send untyped GraphQL:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('codegen: every test operation outside the hostile-input specs is a typed document');
}
checkTestDocuments();
