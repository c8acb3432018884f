/** A chain category as the inference reads it: its name and its example products. */
export interface CategoryText {
  code: string;
  name: string;
  examples?: string | null;
}

/** One inferred category with how sure the inference is (0..1) and the words that decided it. */
export interface CategoryGuess {
  code: string;
  name: string;
  confidence: number;
  matched: string[];
}

/** Where the words come from: the product name counts most, the firm's name least. */
export interface CategoryEvidence {
  title: string;
  specification?: string | null;
  firmName?: string | null;
}

const WEIGHT = { title: 1, specification: 0.6, firmName: 0.35 } as const;
/** Endings that name the activity, not the product: 玻璃包装容器制造 → 玻璃包装容器. */
const ACTIVITY = /(及其他|及|和|、)?(制造|加工|生产|种植|开采|采选|开采洗选|冶炼|服务|批发|饲养|制品制造|压延加工)$/;
const SPLIT = /[、，,；;/()（）\s]+|等其他|等/;
const NOTE = /^(例|副产|含|待核|归入)/;

/** 贵州·白酒 → the Han characters, letters and digits only, lower-cased, full-width folded. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, '');
}

function bigrams(s: string): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The product words of a category: its name without the activity, and each example product. */
export function categoryKeywords(c: CategoryText): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    const f = foldText(w);
    if ([...f].length >= 2 && !/^\d+$/.test(f)) words.add(f);
  };
  add(c.name.replace(ACTIVITY, ''));
  for (const part of c.name.split(/[、和及]/)) add(part.replace(ACTIVITY, ''));
  const examples = (c.examples ?? '').split(/；|;/).filter((s) => !NOTE.test(s.trim()));
  for (const piece of examples.join('、').split(SPLIT)) {
    const p = piece.replace(/^(例|含)[:：]?/, '');
    if (!p || NOTE.test(p)) continue;
    add(p);
  }
  return [...words];
}

/**
 * Infers the chain category (产业链环节) a product belongs to from its name, specification and
 * firm: each category's product words (its name without the activity, its example products) are
 * looked for in the text, whole or by their two-character pieces; a longer word found whole counts
 * more. The confidence is the winner's share against the runner-up, damped when little matched.
 */
export class CategoryInference {
  private readonly entries: { c: CategoryText; words: { word: string; grams: string[] }[] }[];

  constructor(categories: readonly CategoryText[]) {
    this.entries = categories.map((c) => ({
      c,
      words: categoryKeywords(c).map((word) => ({ word, grams: bigrams(word) })),
    }));
  }

  /** The best categories for the evidence, best first (at most `limit`, only those with a score). */
  suggest(evidence: CategoryEvidence | string, limit = 5): CategoryGuess[] {
    const ev = typeof evidence === 'string' ? { title: evidence } : evidence;
    const parts = (Object.keys(WEIGHT) as (keyof typeof WEIGHT)[])
      .map((k) => {
        const text = foldText(ev[k] ?? '');
        return { text, weight: WEIGHT[k], grams: new Set(bigrams(text)) };
      })
      .filter((p) => p.text);
    if (!parts.length) return [];
    const scored = this.entries
      .map(({ c, words }) => {
        let score = 0;
        const matched: string[] = [];
        for (const { word, grams } of words) {
          let best = 0;
          const len = grams.length + 1;
          for (const p of parts) {
            let hits = 0;
            for (const g of grams) if (p.grams.has(g)) hits++;
            // every piece present is needed for the whole word, so the substring test runs rarely
            if (hits === grams.length && p.text.includes(word)) best = Math.max(best, p.weight * len);
            else if (grams.length >= 2 && hits / grams.length >= 0.5)
              best = Math.max(best, p.weight * len * (hits / grams.length) * 0.6);
          }
          if (best > 0) {
            score += best;
            matched.push(word);
          }
        }
        return { c, score, matched };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.c.code.localeCompare(b.c.code));
    const total = scored.reduce((sum, s) => sum + s.score, 0);
    return scored.slice(0, limit).map((s, i) => {
      const runnerUp = i === 0 ? (scored[1]?.score ?? 0) : scored[0].score;
      const share = s.score / (s.score + runnerUp);
      const strength = Math.min(1, s.score / 4);
      const confidence = i === 0 ? share * strength : (s.score / total) * strength;
      return {
        code: s.c.code,
        name: s.c.name,
        confidence: Math.round(confidence * 100) / 100,
        matched: s.matched,
      };
    });
  }
}
