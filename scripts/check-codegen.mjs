// Fails when apps/web/src/generated/ is not what the committed schema.gql and the operations
// under apps/web/src/modules/**/graphql/ generate (run `npm run codegen` and commit the result).
// Generates in memory: no API, no files written.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { generate } from '@graphql-codegen/cli';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const jiti = createJiti(import.meta.url);
const config = await jiti.import(resolve(root, 'apps/web/codegen.ts'), { default: true });
const outputs = await generate({ ...config, silent: true, verbose: false }, false);
const stale = [];
for (const { filename, content } of outputs) {
  let committed = null;
  try {
    committed = readFileSync(resolve(root, filename), 'utf8');
  } catch {
    // missing
  }
  if (committed !== content) stale.push(filename);
}
if (stale.length) {
  console.error(`codegen: stale generated files (run \`npm run codegen\`): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated files match schema.gql and the operations`);
