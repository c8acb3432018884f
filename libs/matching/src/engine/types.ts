import type { OrderModel } from './order';
import type { RemedyTerm } from './remedies';
import type { Spec } from './specs';

/** What the matcher knows of one open listing: its own fields and its enterprise's industries. */
export interface MatchListing {
  id: string;
  enterpriseId: string;
  kind: 'SUPPLY' | 'DEMAND';
  title: string;
  categoryCode: string;
  /** The categories the listing's enterprise works in (registered with the enterprise). */
  enterpriseCategories: readonly string[];
  quantity: number | null;
  unit: string | null;
  priceMin: number | null;
  priceMax: number | null;
  regionCode: string;
  certifications: readonly string[];
  validUntil: string | null;
  version: number;
  /** Digest of the material fields (see fingerprint.ts). */
  fingerprint: string;
  /** Product terms with their field weight (see Tokenizer.listingTerms). */
  terms: ReadonlyMap<string, number>;
  /**
   * A demand's terms that are no words of its own but the fixes for a symptom its story tells, each with
   * that symptom (结垢 → 阻垢; see Tokenizer.remedyTerms): for the reasons, which say so.
   */
  remedies?: ReadonlyMap<string, RemedyTerm>;
  /**
   * The products the title names, each with its own terms (a listing for 果汁、易拉罐和纸箱 names
   * three): a counterpart matching one of them is matched on that product (see Tokenizer.productSegments).
   */
  segments?: ReadonlyArray<ReadonlyMap<string, number>>;
  /**
   * The words of the title's product name as the dictionary cuts them, whole (卷烟/外包装/箱, not
   * the search-mode parts 外包 and 包装), lower-cased: what the title asks for is read from whole
   * words, so that 外包装箱 does not ask for 外包 (outsourcing). See Tokenizer.titleWords.
   */
  titleWords?: readonly string[];
  /** The words of a use the title writes before its product (输送带用钢丝绳 → 输送带; see Tokenizer.useWords). */
  useWords?: readonly string[];
  /** The words of a product the title says its product is to replace (找TMTD的替代品 → tmtd; see Tokenizer.replacedWords). */
  replacedWords?: readonly string[];
  /** The material or make of what a demand's story says is in use and to go (还在用PP塑料盒 → 聚丙烯; see Tokenizer.retiredWords). */
  retiredWords?: readonly string[];
  /** The head word of each phrase of the title's name (包装配套 → 配套; 卷烟外包装箱 → 外包装箱). */
  titleHeads?: readonly string[];
  /** Character trigrams of title and description, sorted hashes (see text-grams.ts). */
  grams?: Uint32Array;
  /** Pairs of adjacent characters of title and description, sorted hashes (see characterPairs in order.ts). */
  pairs?: Uint32Array;
  /** The grades it states in numbers: 5000大卡以上, 含钩率70%以上, P·O 52.5 (see specs.ts). */
  specs?: readonly Spec[];
}

/** The reason codes of the public API, one per part of the score. */
export type MatchReasonCode =
  | 'SAME_CATEGORY'
  | 'CHAIN_LINK'
  | 'KEYWORDS'
  | 'QUANTITY_FIT'
  | 'PRICE_OVERLAP'
  | 'REGION'
  | 'CERTIFICATION'
  | 'VALIDITY';

export interface MatchReason {
  code: MatchReasonCode;
  /** This part's share of the score (its weight times how well the pair does on it). */
  contribution: number;
  /** The reason in words a buyer understands. */
  detail: string;
}

export interface ScoredPair {
  supplyId: string;
  demandId: string;
  score: number;
  reasons: MatchReason[];
}

/** How much each part counts; they sum to 1 so that the score stays in 0..1. */
export interface MatchWeights {
  category: number;
  keywords: number;
  quantity: number;
  price: number;
  region: number;
  certification: number;
  validity: number;
}

export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = {
  category: 0.32,
  keywords: 0.3,
  quantity: 0.1,
  price: 0.08,
  region: 0.08,
  certification: 0.08,
  validity: 0.04,
};

/** The outside knowledge scoring needs: the chain graph, regions, units, term rarity, today. */
export interface ScoringContext {
  weights: MatchWeights;
  /** The learned order that moves each score last (order.ts); without it the rules' scores stand. */
  order?: OrderModel;
  /** `YYYY-MM-DD` in China. */
  today: string;
  categoryName(code: string): string;
  /** Whether `from` supplies `to` in the industry chain. */
  isUpstream(from: string, to: string): boolean;
  /** Province / prefecture / county names of a GB/T 2260 code, outermost first. */
  regionNames(code: string): string[];
  /** The factor that turns a quantity in `from` into one in `to`, or null when they do not convert. */
  unitFactor(from: string, to: string): number | null;
  /** The share of the open listings filed under a category (0..1). */
  /** The share of the open listings whose titles hold a Chinese character (MatchIndex.characterShare). */
  characterShare?(ch: string): number;
  categoryShare?(code: string): number;
  /** Whether an open listing of a kind holds a term (a demand's product is offered in the hall). */
  held?(kind: 'SUPPLY' | 'DEMAND', term: string): boolean;
  /** Inverse document frequency of a term among the open listings (> 0). */
  idf(term: string): number;
  /**
   * termWeight of a term map (a listing's or one of its products'), kept while the idf it was
   * summed with holds: the same number, without an idf look-up per term each time a pair is scored.
   */
  termWeight?(terms: ReadonlyMap<string, number>): number;
  /**
   * The mean termWeight of the open offers (MatchIndex.offerWeight): the pivot of an offer's length
   * in the term fit (see OFFER_LENGTH_SHARE in score.ts). Without it an offer's own length counts.
   */
  offerWeight?(): number;
  /**
   * Whether a term shared by two listings is rare enough to propose them to each other as
   * candidates (MatchIndex.distinctive; `inBothTitles`: a title word of both). The texts' likeness
   * counts only for pairs sharing such a term; without it every term is.
   */
  distinctive?(term: string, inBothTitles: boolean): boolean;
  /**
   * The terms of a category's name, examples and group (包装配套): a demand that names a need
   * (求购 包装配套) rather than a product relates to a category through them.
   */
  categoryTerms?(code: string): ReadonlySet<string>;
  /**
   * The title words of an enterprise's own open offers (MatchIndex.firmOfferWords): what the firm
   * sells. A buyer's story names them as its own products (油辣椒 of 油辣椒每批辣度不一样).
   */
  firmOfferWords?(enterpriseId: string): ReadonlyMap<string, number> | undefined;
}
