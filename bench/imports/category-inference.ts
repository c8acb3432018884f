/**
 * How often the import's category inference files a clerk's product under the right chain category.
 * Run: node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/imports/category-inference.ts
 */
import { CategoryInference, CHAIN_DATA } from '@duijie/reference';

import { LABELLED_PRODUCTS } from './category-names';

const inference = new CategoryInference(CHAIN_DATA.categories.map((c) => ({ ...c, examples: c.examples ?? null })));
let right = 0;
let inferred = 0;
const wrong: string[] = [];
for (const p of LABELLED_PRODUCTS) {
  const [best] = inference.suggest({ title: p.title, firmName: p.firm }, 3);
  if (best) inferred++;
  if (best?.code === p.expected) right++;
  else wrong.push(`${p.title}（${p.firm}）→ ${best ? `${best.code} ${best.name}` : '无'}，应为 ${p.expected}`);
}
const n = LABELLED_PRODUCTS.length;
console.log(
  `products: ${n}; given a category: ${inferred} (${((100 * inferred) / n).toFixed(0)}%); right: ${right} (${((100 * right) / n).toFixed(0)}%)`,
);
if (process.argv.includes('--wrong')) for (const w of wrong) console.log(`  ${w}`);
