import type { Tokenizer } from '@duijie/matching';

import type { TechMaturity } from './technology.enums';
import { MATURITY_NAMES, MATURITY_ORDER, TechMatchCondition } from './technology.enums';
import type { TechMatchReason } from './technology-match.entity';

/** What scoring reads of a result. */
export interface ScoredResult {
  title: string;
  description: string;
  categoryCodes: readonly string[];
  maturity: TechMaturity;
  priceCny: string | null;
}

/** What scoring reads of a need. */
export interface ScoredNeed {
  title: string;
  problem: string;
  categoryCode: string;
  minMaturity: TechMaturity;
  budgetCny: string | null;
}

/** The chain as scoring needs it (libs/reference). */
export interface ChainView {
  categoryName(code: string): string;
  /** `a` supplies `b` or `b` supplies `a` (one step on the chain). */
  related(a: string, b: string): boolean;
}

/** A pair is kept (and both sides told) from this score on. */
export const TECH_MATCH_THRESHOLD = 0.35;
const WEIGHTS = { terms: 0.45, category: 0.3, maturity: 0.15, budget: 0.1 } as const;
const HEAD = '~';

/**
 * The small, explained scorer of 产学研对接: the goods matcher's tokenizer (jieba with the trade
 * dictionary, field weights, head nouns) gives each side's terms; the share of the need's term
 * weight that the result also names is the terms score. The category counts fully when the same,
 * two thirds when one step apart on the chain; maturity and budget count when met. A pair needs a
 * shared word or a related category to be a match at all; every condition is explained, met or not.
 */
export function scoreTechnologyPair(
  tokenizer: Tokenizer,
  chain: ChainView,
  result: ScoredResult,
  need: ScoredNeed,
): { score: number; reasons: TechMatchReason[] } | null {
  // A need is a problem told: the fixes for a symptom it names (总氮超标 → 脱氮) count where a result names
  // them, as the goods matcher reads a demand (Tokenizer.demandTerms), but are no share of what it asks.
  const { terms: needTerms, remedies } = tokenizer.demandTerms(need.title, need.problem);
  const resultTerms = tokenizer.listingTerms(result.title, result.description);
  let total = 0;
  let shared = 0;
  const words: string[] = [];
  const fixes: { term: string; head: boolean; symptom: string }[] = [];
  for (const [term, weight] of needTerms) {
    const fix = remedies.get(term);
    if (!fix) total += weight;
    if (!resultTerms.has(term)) continue;
    shared += Math.min(weight, resultTerms.get(term)!);
    if (fix) fixes.push({ term, ...fix });
    else if (!term.startsWith(HEAD)) words.push(term);
  }
  const termScore = total > 0 ? Math.min(1, shared / total / 0.6) : 0;

  const same = result.categoryCodes.includes(need.categoryCode);
  const near = same ? null : (result.categoryCodes.find((c) => chain.related(c, need.categoryCode)) ?? null);
  const categoryScore = same ? 1 : near ? 2 / 3 : 0;
  if (words.length === 0 && fixes.length === 0 && categoryScore === 0) return null;

  const maturityMet = MATURITY_ORDER.indexOf(result.maturity) >= MATURITY_ORDER.indexOf(need.minMaturity);
  const budget = budgetFit(result.priceCny, need.budgetCny);
  const score =
    WEIGHTS.terms * termScore +
    WEIGHTS.category * categoryScore +
    WEIGHTS.maturity * (maturityMet ? 1 : 0) +
    WEIGHTS.budget * budget.score;

  const needCategory = `${need.categoryCode} ${chain.categoryName(need.categoryCode)}`;
  const reasons: TechMatchReason[] = [
    words.length || fixes.length
      ? {
          condition: TechMatchCondition.TERMS,
          met: true,
          text: [
            words.length ? `关键词相符：${words.slice(0, 6).join('、')}` : '',
            fixes.length ? `对症成果：${fixesSaid(fixes)}` : '',
          ]
            .filter(Boolean)
            .join('；'),
        }
      : { condition: TechMatchCondition.TERMS, met: false, text: '成果与需求没有共同的关键词' },
    same
      ? { condition: TechMatchCondition.CATEGORY, met: true, text: `产业链环节相同：${needCategory}` }
      : near
        ? {
            condition: TechMatchCondition.CATEGORY,
            met: true,
            text: `产业链上下游相关：成果的 ${near} ${chain.categoryName(near)} 与需求的 ${needCategory} 相连`,
          }
        : { condition: TechMatchCondition.CATEGORY, met: false, text: `成果不属于需求的产业链环节 ${needCategory}` },
    maturityMet
      ? {
          condition: TechMatchCondition.MATURITY,
          met: true,
          text: `成熟度满足：成果已达${MATURITY_NAMES[result.maturity]}，需求要求至少${MATURITY_NAMES[need.minMaturity]}`,
        }
      : {
          condition: TechMatchCondition.MATURITY,
          met: false,
          text: `成熟度不足：成果处于${MATURITY_NAMES[result.maturity]}阶段，需求要求至少${MATURITY_NAMES[need.minMaturity]}`,
        },
    { condition: TechMatchCondition.BUDGET, met: budget.met, text: budget.text },
  ];
  return { score: Math.round(score * 1000) / 1000, reasons };
}

function budgetFit(price: string | null, budget: string | null): { score: number; met: boolean; text: string } {
  if (price === null) return { score: 0.5, met: true, text: '成果价格面议' };
  if (budget === null) return { score: 0.5, met: true, text: `需求未列预算，成果报价 ${yuan(price)}` };
  if (cents(price) <= cents(budget))
    return { score: 1, met: true, text: `报价 ${yuan(price)} 在预算 ${yuan(budget)} 以内` };
  return { score: 0, met: false, text: `报价 ${yuan(price)} 超出预算 ${yuan(budget)}` };
}

/** An exact amount as people read it: ¥800,000.00 (however it was written: 800000, 800000.5). */
export function yuan(s: string): string {
  const c = cents(s);
  return `¥${(c / 100n).toLocaleString('en-US')}.${String(c % 100n).padStart(2, '0')}`;
}

/** An exact decimal string as cents. */
function cents(s: string): bigint {
  const [i, f = ''] = s.split('.');
  return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
}

/** The fixes a result names, as a reason says them: the fixes' names before their kinds, none inside another. */
function fixesSaid(fixes: { term: string; head: boolean; symptom: string }[]): string {
  const sorted = [...fixes].sort((a, b) => Number(b.head) - Number(a.head) || b.term.length - a.term.length);
  const kept = sorted.filter((f, i) => !sorted.slice(0, i).some((g) => g.term.includes(f.term)));
  return kept
    .slice(0, 3)
    .map((f) => `${f.term}（需求所述：${f.symptom}）`)
    .join('、');
}
