import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

import { STOP_WORDS, TRADE_TERMS } from './lexicon';

/** Where a term was found: title terms name the product and weigh more than description terms. */
export interface ListingTerms {
  /** Distinct terms, each with its field weight (title 2, description 1). */
  readonly terms: ReadonlyMap<string, number>;
}

export const TITLE_WEIGHT = 2;
export const DESCRIPTION_WEIGHT = 1;

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NO_LETTERS = /^[\d.,%‰+\-~×x*/]+$/;
const CJK = /\p{Script=Han}/u;

/**
 * Chinese-aware product-term extraction: jieba (native, with a trade-term dictionary) in
 * search mode, so that 玻璃酒瓶 also yields 玻璃 and 酒瓶; then punctuation, bare numbers,
 * stop words and lone Chinese characters are dropped, and Latin words lower-cased.
 */
export class Tokenizer {
  private readonly jieba: Jieba;
  /** Boilerplate phrases, removed before cutting so their fragments (迎来, 电洽) never become terms. */
  private readonly boilerplate: RegExp;

  constructor(extraTerms: readonly string[] = []) {
    this.jieba = Jieba.withDict(dict);
    const entries = [...TRADE_TERMS, ...extraTerms].map((t) => `${t} 20000 n`).join('\n');
    this.jieba.loadDict(Buffer.from(entries, 'utf8'));
    const phrases = [...STOP_WORDS].filter((w) => w.length >= 3 && CJK.test(w)).sort((a, b) => b.length - a.length);
    this.boilerplate = new RegExp(phrases.join('|'), 'g');
  }

  /** The raw tokens of a text, in order (for tests and the benchmark). */
  cut(text: string): string[] {
    return this.jieba.cutForSearch(text.replace(this.boilerplate, ' '), true);
  }

  /** The meaningful terms of one text. */
  terms(text: string | null | undefined): string[] {
    if (!text) return [];
    const out: string[] = [];
    for (const raw of this.cut(text)) {
      const token = raw.trim().toLowerCase();
      if (!token || !HAS_WORD_CHARACTER.test(token) || NO_LETTERS.test(token)) continue;
      if (STOP_WORDS.has(token)) continue;
      if (token.length === 1 && CJK.test(token)) continue;
      out.push(token);
    }
    return out;
  }

  /** A listing's terms with field weights: a term in the title counts as a title term. */
  listingTerms(title: string, description: string | null | undefined): Map<string, number> {
    const terms = new Map<string, number>();
    for (const t of this.terms(description)) terms.set(t, DESCRIPTION_WEIGHT);
    for (const t of this.terms(title)) terms.set(t, TITLE_WEIGHT);
    return terms;
  }
}
