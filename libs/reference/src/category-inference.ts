import { CATEGORY_WORDS } from './category-words';
import { RegionTable } from './regions';

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
  /** The firm's other products in the same list: what the firm makes besides this row. */
  otherTitles?: string | null;
}

const WEIGHT = { title: 1, specification: 0.6, firmName: 0.35, otherTitles: 0.25 } as const;
/** Weights of the weaker signals, used when the words match no product word whole. */
const CHAR_WEIGHT = { title: 2, specification: 0.8, firmName: 1.5, otherTitles: 0.6 } as const;
/** A title whose last character(s) end one of a category's product words (…机, …罐, 焦粉 ← 煤粉). */
const HEAD_BONUS = { two: 2, one: 1.2 } as const;
/** A product word that qualifies the name rather than ends it counts this much. */
const MODIFIER = 0.4;
/** Below this much evidence a category is not suggested at all. */
const MIN_SCORE = 0.45;
/** The legal form and the place in a firm's name: 仁怀市|…|有限公司. What is left says its trade. */
const FIRM_FORM =
  /(股份有限公司|有限责任公司|有限公司|分公司|专业合作社|合作社|集团|公司|股份|总厂|厂|工作室|经营部|商行|门市部)$/;
/** Words any firm's name may carry, whatever it makes. */
const FIRM_GENERIC = /企业|实业|工业|产业|科技|技术|发展|贸易|商贸|工贸|投资|开发|管理|控股|国际/g;
const FIRM_PLACE = /^.{0,12}?(省|自治州|州|地区|市|新区|特区|区|县|镇|乡)(?=.{2,})/;
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

/** The firm's trade words: 贵州|遵义|湄潭县|茶业|有限公司 → 茶业. */
export function firmTrade(name: string): string {
  let s = foldText(name);
  for (let i = 0; i < 3 && FIRM_FORM.test(s); i++) s = s.replace(FIRM_FORM, '');
  for (let i = 0; i < 3 && FIRM_PLACE.test(s); i++) s = s.replace(FIRM_PLACE, '');
  // 茶业, 酒业, 煤业: the trade is the character before 业
  return s.replace(/^贵州/, '').replace(FIRM_GENERIC, '').replace(/业$/, '');
}

/** The head of a product name: its last Han characters, model numbers and sizes left off (硅锰6517 → 硅锰). */
function headOf(folded: string): string {
  return folded.replace(/[^\p{Script=Han}]+$/u, '');
}

const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));

function bigrams(s: string): string[] {
  const chars = [...s];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

let places: RegionTable | undefined;
/** 遵义, 开阳县: a place the examples name where a product comes from, not a product. */
function isPlace(word: string): boolean {
  places ??= new RegionTable();
  return places.resolvePlace(word).length > 0;
}

/** The product words of a category: its name without the activity, and each example product (places left out). */
export function categoryKeywords(c: CategoryText): string[] {
  const words = new Set<string>();
  const add = (w: string) => {
    const f = foldText(w);
    if ([...f].length >= 2 && !/^\d+$/.test(f) && !isPlace(f)) words.add(f);
  };
  add(c.name.replace(ACTIVITY, ''));
  // 食品、酒、饮料及茶生产专用设备制造: the parts of an equipment category's name are what the equipment
  // is for, not its products
  if (!/设备|机械/.test(c.name)) for (const part of c.name.split(/[、和及]/)) add(part.replace(ACTIVITY, ''));
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
  private readonly entries: {
    c: CategoryText;
    words: { word: string; grams: string[] }[];
    /** The Han characters of its name and product words, for the character similarity. */
    chars: Set<string>;
    /** The last one and two characters of each product word (…机, …进机), for the head noun. */
    endings: Set<string>;
  }[];
  /** How telling a character is: rare among the categories → high (煤, 碱, 箔); everywhere → 0 (制, 品). */
  private readonly idf = new Map<string, number>();

  constructor(categories: readonly CategoryText[]) {
    this.entries = categories.map((c) => {
      const more = CATEGORY_WORDS[c.code];
      const words = categoryKeywords(more ? { ...c, examples: [c.examples, more].filter(Boolean).join('；') } : c);
      return {
        c,
        words: words.map((word) => ({ word, grams: bigrams(word) })),
        chars: new Set(han(foldText(c.name) + words.join(''))),
        endings: new Set(words.flatMap((w) => [[...w].slice(-1).join(''), [...w].slice(-2).join('')])),
      };
    });
    const df = new Map<string, number>();
    for (const e of this.entries) for (const ch of e.chars) df.set(ch, (df.get(ch) ?? 0) + 1);
    const n = this.entries.length;
    for (const [ch, d] of df) this.idf.set(ch, d > n / 6 ? 0 : Math.log((n + 1) / (d + 0.5)));
  }

  /**
   * The weaker signals for one category: the share of the text's telling characters it has (its
   * name and examples, by character), and whether the product's head ends one of its product words.
   */
  private similarity(
    entry: CategoryInference['entries'][number],
    parts: { key: keyof typeof WEIGHT; chars: string[]; mass: number }[],
    head: { one: string; two: string } | null,
  ): { score: number; matched: string[] } {
    let score = 0;
    let matched: string[] | null = null;
    for (const p of parts) {
      if (!p.mass) continue;
      let hit = 0;
      for (const ch of p.chars) {
        const idf = this.idf.get(ch) ?? 0;
        if (idf > 0 && entry.chars.has(ch)) {
          hit += idf;
          (matched ??= []).push(ch);
        }
      }
      // a share, damped for a text of one telling character
      if (hit) score += CHAR_WEIGHT[p.key] * (hit / p.mass) * Math.min(1, p.mass / 3);
    }
    if (head) {
      if (head.two && entry.endings.has(head.two)) {
        score += HEAD_BONUS.two;
        (matched ??= []).push(`…${head.two}`);
      } else if (entry.endings.has(head.one) && (this.idf.get(head.one) ?? 0) > 0) {
        score += HEAD_BONUS.one;
        (matched ??= []).push(`…${head.one}`);
      }
    }
    return { score, matched: matched ? [...new Set(matched)] : [] };
  }

  /** The best categories for the evidence, best first (at most `limit`, only those with a score). */
  suggest(evidence: CategoryEvidence | string, limit = 5): CategoryGuess[] {
    const given = typeof evidence === 'string' ? { title: evidence } : evidence;
    // 中药饮片（天麻、黄精）, 山茶油（一级压榨）: what a title says in brackets qualifies the product
    const bracketed = /[(（][^()（）]*[)）]/g;
    const outside = given.title.replace(bracketed, ' ').trim();
    const inside = (given.title.match(bracketed) ?? []).map((b) => b.slice(1, -1)).join(' ');
    const ev =
      outside && inside
        ? { ...given, title: outside, specification: [given.specification, inside].filter(Boolean).join(' ') }
        : given;
    const parts = (Object.keys(WEIGHT) as (keyof typeof WEIGHT)[])
      .map((k) => {
        const raw = ev[k] ?? '';
        const text = k === 'firmName' ? firmTrade(raw) : foldText(raw);
        const chars = [...new Set(han(text))];
        const mass = chars.reduce((sum, ch) => sum + (this.idf.get(ch) ?? 0), 0);
        const ends = raw
          .split(/[\s,，、;；/()（）]+/)
          .map((seg) => headOf(foldText(seg)))
          .filter(Boolean);
        return { key: k, text, weight: WEIGHT[k], grams: new Set(bigrams(text)), chars, mass, ends };
      })
      .filter((p) => p.text);
    if (!parts.length) return [];
    // the product's head: the end of the title's first segment that names something (冻白条鸡 of 冻白条鸡 白羽
    // 1.6-2.0kg/只 整箱), not of the packing or the use written after it (整箱, 饮水)
    const titleEnds = parts.find((p) => p.key === 'title')?.ends ?? [];
    const headText = [...(titleEnds.find((e) => han(e).length >= 2) ?? titleEnds[0] ?? '')];
    const head = headText.length
      ? { one: headText[headText.length - 1], two: headText.length >= 2 ? headText.slice(-2).join('') : '' }
      : null;
    const scored = this.entries
      .map((entry) => {
        const { c, words } = entry;
        let score = 0;
        const matched: string[] = [];
        for (const { word, grams } of words) {
          let best = 0;
          const len = grams.length + 1;
          for (const p of parts) {
            let hits = 0;
            for (const g of grams) if (p.grams.has(g)) hits++;
            // every piece present is needed for the whole word, so the substring test runs rarely
            // a word that ends the product name is its head (果酒 in 猕猴桃果酒); one before it only qualifies it
            if (hits === grams.length && p.text.includes(word)) {
              const modifier = p.key === 'title' && !p.ends.some((e) => e.endsWith(word)) ? MODIFIER : 1;
              best = Math.max(best, p.weight * len * modifier);
            } else if (grams.length >= 2 && hits / grams.length >= 0.5)
              best = Math.max(best, p.weight * len * (hits / grams.length) * 0.6);
          }
          if (best > 0) {
            score += best;
            matched.push(word);
          }
        }
        const similar = this.similarity(entry, parts, head);
        score += similar.score;
        for (const similarWord of similar.matched)
          if (!matched.some((w) => w.includes(similarWord))) matched.push(similarWord);
        return { c, score, matched };
      })
      .filter((s) => s.score >= MIN_SCORE)
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
