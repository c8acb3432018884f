import { CHAIN_DATA } from '@duijie/reference';

import type { Tokenizer } from './tokenizer';

const GROUP_NAMES = new Map(CHAIN_DATA.groups.map((g) => [g.key, g.name]));

export interface CategoryText {
  name: string;
  group: string;
  examples?: string | null;
}

/**
 * The terms of a chain category's name, examples and group name (包装配套 for the packaging
 * categories), memoised: what a demand naming a need rather than a product is compared with.
 */
export function categoryVocabulary(
  tokenizer: Tokenizer,
  describe: (code: string) => CategoryText | undefined,
): (code: string) => ReadonlySet<string> {
  const memo = new Map<string, ReadonlySet<string>>();
  return (code) => {
    let terms = memo.get(code);
    if (!terms) {
      const c = describe(code);
      const text = c ? `${c.name} ${GROUP_NAMES.get(c.group) ?? ''} ${c.examples ?? ''}` : '';
      terms = new Set(tokenizer.terms(text));
      memo.set(code, terms);
    }
    return terms;
  };
}
