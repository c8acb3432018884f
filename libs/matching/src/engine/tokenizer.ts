import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

import { RegionTable } from '@duijie/reference';

import { STOP_WORDS, TRADE_TERMS } from './lexicon';
import type { RemedyTerm } from './remedies';
import { remediesFor } from './remedies';
import { groupName, longSynonyms, shorthandProducts } from './synonyms';
import { textGrams } from './text-grams';

/** Where a term was found: title terms name the product and weigh more than description terms. */
export interface ListingTerms {
  /** Distinct terms, each with its field weight (title 2, description 1). */
  readonly terms: ReadonlyMap<string, number>;
}

export const TITLE_WEIGHT = 2;
export const DESCRIPTION_WEIGHT = 1;
/** A description's clause saying what the buyer wants (see WISH): between a description's words and a title's. */
const WISH_WEIGHT = 1.5;
/** The fix for a symptom a demand tells (see Tokenizer.remedyTerms): a word the buyer did not write. */
const REMEDY_WEIGHT = DESCRIPTION_WEIGHT;
/** What a fix's other words count of REMEDY_WEIGHT: they say its kind (粉末 of 粉末活性炭, 合同 of 合同能源管理). */
const KIND_SHARE = 0.5;
/** A wish and what it is for: 想换耐用一点的滤布, 打算上一套能自己调的设备, 希望改成电的. */
const WISH =
  /(?:想|希望|打算|准备|计划|考虑)(?:要|能|再|先)?(?:换成|换个|换|改成|改用|改为|上|加|买|用|找|做|增加|新增|采购|购买|配|弄)(.{2,})$/u;
/** A clause that opens by asking for what is wanted: 找人修泵或者换泵, 求推荐一款耐磨钻头. */
const ASKED = /^(?:找|求|寻|需找)(?:人|个|一家|家|单位|厂家|厂商|公司|推荐)?(.{2,})$/u;
/** A title word's head noun (汁 of 刺梨原汁 and 浓缩汁) links products the words alone do not. */
export const HEAD_WEIGHT = 1;
/** A noun's suffix, not its head (钻头 is a 钻, 种子 a 种, 瓶子 a 瓶): the head is the character before it. */
const NOMINAL_SUFFIX = /[头子儿]$/u;
/** Marks head-noun terms, so that they never collide with words (see score.ts HEAD_MARK). */
const HEAD_MARK = '~';
/** Heads too generic to say what a product is (材料, 产品, 服务 ...; not 系统 or 平台: software is a kind of product). */
const GENERIC_HEADS = new Set([...'料品物务业类件材剂费具用型级式号量等点性化']);
/**
 * Where a title passes from one product to the next: 果汁、易拉罐和纸箱 / 塔筒/法兰/基础环. Not at
 * spaces: 光伏 EPC and 酱香型白酒 玻璃瓶 each name one product.
 */
/** Where one phrase of a title ends (spaces too: 光伏 EPC 总承包 has the phrases 光伏 and 总承包). */
const PHRASE_BREAK = /[\s、，,；;/|｜+＋&＆()（）【】[\]：:。.!！?？]+/u;
/** Words that name no product by themselves: they count half their field weight. */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  '材料',
  '原料',
  '原材料',
  '系统',
  '设备',
  '制品',
  '加工',
  '外协',
  '制造',
  '生产',
  '工程',
  '项目',
  '配套',
  '定制',
  '供应',
  '改造',
  '建设',
  '技术',
  '工业',
  // The act of a service, not its object: 配电设备运维 and 水处理站运维 share only the act.
  '运维',
  '维保',
  '维护',
  '维修',
  '运营',
  '安装',
  '调试',
  '施工',
  // Delivering goods is how they are sold (蔬菜配送 is vegetables): 桶装水配送 and 蔬菜配送 share only that.
  '配送',
  // How a product is packed or sold, not what it is (干香菇 散装及小包装).
  '散装',
  '袋装',
  '盒装',
  '瓶装',
  '罐装',
  '桶装',
  '箱装',
  '小包',
  '小包装',
  '大包装',
  '统货',
  '散货',
  // The state a metal is delivered in (调质圆钢, 锻模模块 调质HRC38-42), not the metal.
  '调质',
  '退火',
  '正火',
  '淬火',
  '回火',
  '固溶',
  '时效',
  '预硬',
]);
/**
 * Between the products a title lists: 果汁、易拉罐和纸箱, 钢丝/钢绞线. Not a slash or a plus between two
 * numbers: a rating's (8.7/15kV, 10/0.4kV, SCB13-1250/10) or a cable's cores (4×240+1×120) are one product's.
 */
const PRODUCT_SEPARATORS = /[、，,；;|｜＋&＆]|(?<!\d)[/+]|[/+](?!\d)|(?<=\p{Script=Han})[和及与或](?=\p{Script=Han})/u;
/**
 * The space after a product named with its count (香禾糯5吨 菜籽油3吨, 要小香鸡200只 稻田鸭200只): a
 * list of products typed as a form's lines. Only after a Chinese name and a counting unit, so that
 * 500ml 酱香型白酒玻璃瓶 and P.O42.5 普通硅酸盐水泥 stay one product.
 */
const AFTER_COUNTED_ITEM =
  /(?<=\p{Script=Han}[^\s\d]*\d+(?:\.\d+)?\s?[万千百]?(?:吨|斤|公斤|千克|只|头|羽|箱|件|套|个|台|方|袋|瓶|桶|盒|亩|株|条|张|根|块|把|双|床|份|支|罐|包|车|kg|t))\s+(?=\S)/giu;

/**
 * What a title says in brackets qualifies the product rather than naming it: a specification
 * (纯度≥95%), a use (保健食品原料), an origin (遵义虾子), varieties (花菇/厚菇). It counts as
 * description, and gives no head noun: 茶多酚 98%（保健食品原料） is a 茶多酚.
 */
const BRACKETED = /（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^[\]]*\]|〔[^〔〕]*〕/gu;
/**
 * Single characters that end a word without naming a product (用 of 酒瓶用, 的, 等), and verbs
 * after one (每天送, 团队帮, 前建好: what is done with it, not a compound).
 */
const NOT_A_SUFFIX = new Set([...'的和及与或等各类用型级式号个只件套吨年月日约需送帮做找要卖买收建到来去想给拿走好进']);

/** Characters that say how, who or whether, never a product's (二手也可, 请联系, 均可): no run of lone characters holds one. */
const FUNCTION_CHARACTERS = new Set([
  ...'也可都还再很就才又不没已将能会请您我你他她它这那每其此该本并且而但若如被把由从向往对于以按在是有无均即另',
]);

/**
 * Characters that name goods when a title's phrase is nothing else (姜、蒜长期采购, 辣椒酱玻璃瓶+盖, 苗+底肥,
 * 镍、铬、钴): produce, foods, fuels, metals, materials and the containers and parts a list adds by one
 * character. Not what qualifies a product written after it (青椒 鲜, 皱椒 干, 石灰 块/粉: 鲜, 干, 块, 粉).
 */
const LONE_GOODS: ReadonlySet<string> = new Set([
  ...'姜蒜葱椒茶米面油盐糖醋酒蛋奶肉鱼虾蟹鸡鸭鹅猪牛羊兔豆麦薯瓜果菜笋菇枣梨桃橙柑蜜糠麸粮',
  ...'煤焦炭砂沙石土砖瓦灰漆胶碱硫磷',
  ...'钛镍铜铝锌锡铅钨钼钴镁锰铬钒锂铁钢',
  ...'棉麻丝纸布绳网膜',
  ...'瓶罐盖箱袋桶盒托管阀泵板苗肥药烟灯锁',
]);

/** Words that follow a product without naming one: what is done to it (建设, 招标, 外协: SMT外协 is SMT), not what it is. */
const AFTER_THE_PRODUCT: ReadonlySet<string> = new Set(['建设', '招标', '项目', '外协', '外发', '外包']);
/** Counting units that also end a container's name (油辣椒瓶, 卷烟箱). */
const CONTAINER_UNITS: ReadonlySet<string> = new Set(['瓶', '箱']);
/** A word of Latin letters or digits ending in Chinese: 5g专网, hdpe瓶. */
const HAN_TAIL = /^[a-z0-9.-]+\p{Script=Han}+$/iu;

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A machine's name: the work it does (two or more Chinese characters) and 机. */
const MACHINE_FOR_WORK = /^\p{Script=Han}{2,}机$/u;
/** A count in Chinese numerals with its measure word (两台, 一批, 三套): how many, not what. */
const CHINESE_COUNT = /^[一二两三四五六七八九十百千万几数半]+[台套辆个件只批吨根块条张把部组箱袋桶方斤亩株份次]$/u;
/** A code's leading letters, when digits follow (po42.5r, sgz764, hrb400e). */
const LETTERS_THEN_DIGITS = /^([a-z]+)\d/;
/** A code's model before a hyphen, two characters or more with a letter: kyn28a of KYN28A-12, sgz of SGZ-630. */
const HYPHENATED_CODE = /^([a-z][a-z0-9]+)-[a-z0-9]/;
/** Letters written with a dot between them (P·O, P.O): one code, PO. */
const DOTTED_LETTERS = /\b([A-Za-z])\s?[·•.．]\s?([A-Za-z])(?![A-Za-z])/g;

/**
 * The mark of a negated term: ¬ and the word (¬食用 of 非食用工业牛脂, ¬耐高温 of 不耐高温杀菌, ¬青花椒 of
 * 不要青花椒), a term of its own that meets the same negation elsewhere and conflicts with the word. Not
 * 非: words begin with it (非金属, 非标).
 */
export const NEGATED = '¬';
/** Words that negate the one word after them, when they stand alone as a word (not 不锈钢, 非标, 无缝). */
const NEGATOR: ReadonlySet<string> = new Set(['非', '不', '无', '不可', '不能', '不宜', '并非']);
/** Verbs after a negator whose object is what is negated: 不|含 防腐剂, 不|适合 户外, 不能|用于 食品. */
const NEGATED_VERBS: ReadonlySet<string> = new Set([
  '含',
  '带',
  '要',
  '用',
  '需要',
  '接受',
  '考虑',
  '适合',
  '适用',
  '适用于',
  '用于',
  '是',
]);
/** Negating verbs written as one word, whose object is negated: 不要 PVC的, 不用 空压机, 不接受 贴牌. */
const NEGATING_VERBS: ReadonlySet<string> = new Set([
  '不要',
  '不用',
  '不需要',
  '不需',
  '不接受',
  '不考虑',
  '不含',
  '不带',
  '拒收',
  '谢绝',
  '禁用',
]);
/** The object a negating verb takes: up to the clause's end, 的 or a bracket, ten characters at most. */
const NEGATED_PHRASE = /^[^\s，,。；;、！!？?（）()的:：\n]{1,10}/u;
/** A cheap test before cutting: no negating character, no negation. */
const NEGATION_HINT = /[非不无禁拒谢]/u;

/** What a listing says it does with the product: to buy it, to sell it. */
const INTENT_WORDS = /求购|采购|收购|供应|供货|出售|销售|出租|租赁|租用|求租/g;

/**
 * Full-width letters, digits and signs as their ASCII forms (ＰＥＴ瓶坯 ２８牙 is PET瓶坯 28牙), as
 * spreadsheets and input methods write them; Chinese characters are unchanged.
 */
function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** Units written in Chinese after a number, and their Latin symbols (500毫升 is 500ml, 50公斤 is 50kg). */
const LATIN_SYMBOL: Record<string, string> = {
  毫升: 'ml',
  千克: 'kg',
  公斤: 'kg',
  毫米: 'mm',
  厘米: 'cm',
  千瓦: 'kw',
  千伏: 'kv',
};
/** 千瓦时 is an amount of energy and 千伏安 a transformer's rating: neither is written as kw or kv. */
const CHINESE_UNIT = /(\d)\s*(毫升|千克|公斤|毫米|厘米|千瓦(?!时)|千伏(?!安))/gu;

/**
 * A specification's number with its unit as one code, however the unit is written: 500毫升 and 500ml
 * are the same bottle, 25公斤 and 25kg the same bag.
 */
function latinUnits(text: string): string {
  return text
    .replace(ALLOY_WRITTEN_APART, (_m, name: string, grade: string) => `${ALLOY_PREFIX[name.toLowerCase()]}${grade} `)
    .replace(TITANIUM_6_4, 'Ti6Al4V ')
    .replace(CHINESE_UNIT, (_m, digit: string, unit: string) => digit + LATIN_SYMBOL[unit])
    .replace(JOINED_RATINGS, '$1 ')
    .replace(CODE_THEN_DECIMAL, '$1 ')
    .replace(SIZE, (m) => m.replace(SIZE_TIMES, 'x'));
}

/** What a product is to replace: after 替代 (替代现有葡萄糖的碳源), or before 的替代品 (找TMTD的替代品). */
/**
 * A listing's own telephone or mobile number with its label (电话：0851-8888 8888, 手机 138…): how to
 * reach the firm, not what it trades; the word 电话 alone stays a product (矿用扩音电话).
 */
const CONTACT_DETAILS = /(?:联系|咨询|销售|服务)?(?:电话|手机|热线|座机)(?:号码)?[:：]?\s*\+?\d[\d\s()（）-]{5,}\d/u;

const REPLACED = [
  /(?:替代|代替|取代|替换)(?:现有|现用|目前|原有|原来|原用)?的?([^\s，,;；、的()]{2,}?)(?=的|[\s，,;；、)]|$)/gu,
  /([^\s，,;；、的()]{2,}?)的?(?:替代品|替代物|替代产品|代用品|平替)/gu,
];
/**
 * What a story says the buyer is to be rid of (还在用PP塑料盒…要换成可降解的, 原来是电除尘, 不能再用液化气,
 * 淘汰燃煤锅炉): the product in use, a near miss for what is asked. Not what it has and wants more of (现有6台).
 */
const IN_USE_REPLACED =
  /(?:还在用|还用着|原来是|原来用|原先用|原先是|不能再用|不再用|不让用|淘汰|停用|禁用|换掉|替换掉)(?:的是)?([^\s，,;；。、的()（）]{2,}?)(?=的|[\s，,;；。、)）了]|$)/gu;

/**
 * An alloy's trade name written apart from its grade (Inconel 718, Incoloy 825, A-286): one code, as
 * the same alloy's other names are (IN718 and GH4169, see synonyms.ts).
 */
const ALLOY_WRITTEN_APART = /\b(inconel|incoloy|a(?=[\s-]?286\b))[\s-]?(\d{3})\b/giu;
const ALLOY_PREFIX: Record<string, string> = { inconel: 'IN', incoloy: 'Incoloy', a: 'A' };
const TITANIUM_6_4 = /\bti-?6al-?4v\b/giu;

/**
 * A size written as numbers times numbers (3×300, 1200*600*200, 600 x 600mm): one term however the
 * times sign is written, so that two listings naming the very size meet on it. Not after a letter:
 * M8×30 is a bolt's thread and length, read as the code m8.
 */
const SIZE = /(?<![A-Za-z0-9.])\d+(?:\.\d+)?(?:\s*[×xX*＊]\s*\d+(?:\.\d+)?)+(?![\d.])/g;
const SIZE_TIMES = /\s*[×xX*＊]\s*/g;
/** A size as latinUnits writes it, with its length unit if any (3x300, 600x600mm): a term, unlike a bare number. */
const SIZE_TERM = /^\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+(?:mm|cm|m)?$/;
/** The unit a size term is written with, left out (600x600mm is 600x600). */
const SIZE_UNIT = /(?:mm|cm|m)$/;

/**
 * A code joined by a hyphen to a decimal rating (YJV22-8.7/15kV, ZR-YJV22-0.6/1kV) is the code and the
 * rating written apart: cut as one word, the code would end mid-number (yjv22-8) and meet nothing.
 */
const CODE_THEN_DECIMAL = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]*)-(?=\d+\.\d)/g;

/**
 * Ratings written together (48V100Ah, 470uF35V, 3.2V280Ah) are the ratings written apart (48V 100Ah):
 * a number and its unit end where the next number, with its own unit, starts. The number must stand alone
 * (A1V2 is a code), and a bare number after the letter makes a grade (2A12 and 5A06 are aluminium alloys).
 */
const JOINED_RATINGS =
  /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?(?:kVA|VA|kWh|Wh|kV|V|mAh|Ah|mA|A|kW|W|uF|μF|nF|pF|Hz|kHz|MHz|GHz))(?=\d+(?:\.\d+)?[A-Za-zμ])/giu;

/**
 * Metals whose one character names the material before a form (钛棒, 镍板, 钨丝). Not 铁, 钢, 金 and
 * 银: 铁罐, 金属 and 银行 are no such material.
 */
const METALS: ReadonlySet<string> = new Set([...'钛镍铜铝锌锡铅钨钼钴镁锰铬钒锆铌钽锂']);

function joinDottedLetters(text: string): string {
  return text.replace(DOTTED_LETTERS, '$1$2');
}
const NO_LETTERS = /^[\d.,%‰+\-~×x*/]+$/;
const CJK = /\p{Script=Han}/u;
const CJK_WORD = /^\p{Script=Han}+$/u;
/** A material or size code before one Chinese character naming the product: PE膜, PVC管, A4纸, LED灯. */
const LATIN_CODE = /^[a-z][a-z0-9]+$/i;
/**
 * The runs of two or more lone Chinese characters in a phrase's cut (液, 氩 → 液氩), none a character
 * that only joins, counts or says how (NOT_A_SUFFIX: 的, 和, 用, 吨 …; FUNCTION_CHARACTERS: 也, 可, 请 …).
 */
function loneCharacterRuns(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of [...words, '']) {
    if (word.length === 1 && CJK_WORD.test(word) && !NOT_A_SUFFIX.has(word) && !FUNCTION_CHARACTERS.has(word)) {
      run += word;
      continue;
    }
    if (run.length >= 2) out.push(run);
    run = '';
  }
  return out;
}

/** A word that one Chinese character after it makes a compound of: a Chinese word, or a code (PE膜). */
function takesSuffix(word: string): boolean {
  return word.length >= 2 && (CJK_WORD.test(word) || LATIN_CODE.test(word));
}

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
    this.boilerplate = new RegExp([CONTACT_DETAILS.source, ...phrases].join('|'), 'g');
  }

  /**
   * A listing's character trigrams (text-grams.ts) without its boilerplate and intent words: 价格面议，
   * 欢迎来电洽谈 and 求购 are in many listings and say nothing of what is traded. Nor the sizes its
   * description states: every board is 1220×2440, and two short listings sharing its digits looked
   * alike (a 多层板 18mm for a buyer of 防火板 0.8mm); a size in the title (槽型托辊 108×380) is the
   * product's, and the shared size is a word term either way.
   */
  textGrams(title: string, description?: string | null): Uint32Array {
    const strip = (text: string) => nfkc(text).replace(this.boilerplate, ' ').replace(INTENT_WORDS, ' ');
    return textGrams(strip(title), description ? strip(description).replace(SIZE, ' ') : null);
  }

  /** The raw tokens of a text, in order (for tests and the benchmark). */
  cut(text: string): string[] {
    return this.cutNormalized(nfkc(text));
  }

  private cutNormalized(text: string): string[] {
    return this.jieba.cutForSearch(latinUnits(joinDottedLetters(text.replace(this.boilerplate, ' '))), true);
  }

  /**
   * The meaningful terms of one text. What the text says a product is not, or what the buyer will
   * not take (非食用, 不耐高温, 不要青花椒, 不含防腐剂: see negations), gives the negated terms
   * (¬食用, ¬耐高温, ¬青花椒) instead of the words themselves: an offer of 非食用工业牛脂 shares no 食用
   * with a buyer of 食用牛油, and two listings that both say 非转基因 share that.
   */
  terms(text: string | null | undefined): string[] {
    if (!text) return [];
    const { rest, phrases } = this.negations(nfkc(text));
    const out = this.plainTerms(rest);
    for (const phrase of phrases) for (const t of this.plainTerms(phrase)) out.push(NEGATED + t);
    return out;
  }

  /**
   * Where a text negates what follows (see NEGATOR, NEGATING_VERBS): the text with each negated span
   * taken out (a clause break in its place, so that no word forms across it) and the negated phrases.
   * A negator standing alone as a word (非 of 非食用, not of 非标 or 非金属; 不 of 不耐高温, not of 不锈钢)
   * negates the one word after it; a verb after it (不含, 不适合, 不要) the phrase after the verb, up to
   * the clause's end or 的.
   */
  negations(text: string): { rest: string; phrases: string[] } {
    if (!NEGATION_HINT.test(text)) return { rest: text, phrases: [] };
    const tokens = this.jieba.cut(text, true);
    const phrases: string[] = [];
    const spans: [number, number][] = [];
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const start = at;
      at += token.length;
      const verbNext = NEGATOR.has(token) && NEGATED_VERBS.has(tokens[i + 1] ?? '');
      if (NEGATING_VERBS.has(token) || verbNext) {
        // the phrase after the verb: 不要|青|花椒 → 青花椒
        const from = verbNext ? at + tokens[i + 1].length : at;
        const phrase = NEGATED_PHRASE.exec(text.slice(from))?.[0] ?? '';
        if (!phrase) continue;
        phrases.push(phrase);
        spans.push([start, from + phrase.length]);
      } else if (NEGATOR.has(token)) {
        const next = tokens[i + 1] ?? '';
        if (next.length < 2 || !HAS_WORD_CHARACTER.test(next) || STOP_WORDS.has(next)) continue;
        phrases.push(next);
        spans.push([start, at + next.length]);
      } else continue;
      // skip the tokens the span covers
      const end = spans[spans.length - 1][1];
      while (i + 1 < tokens.length && at < end) at += tokens[++i].length;
    }
    if (!spans.length) return { rest: text, phrases };
    let rest = '';
    let from = 0;
    for (const [a, b] of spans) {
      rest += `${text.slice(from, a)}，`;
      from = b;
    }
    return { rest: rest + text.slice(from), phrases };
  }

  private plainTerms(text: string): string[] {
    const out: string[] = [];
    const tokens = this.cutNormalized(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i].trim().toLowerCase();
      if (!token || !HAS_WORD_CHARACTER.test(token) || (NO_LETTERS.test(token) && !SIZE_TERM.test(token))) continue;
      if (STOP_WORDS.has(token) || CHINESE_COUNT.test(token)) continue;
      if (SIZE_TERM.test(token)) {
        out.push(token.replace(SIZE_UNIT, ''));
        continue;
      }
      // A metal before the form it is sold in (钛棒, 钛焊丝, 镍板: cut 钛 + 焊丝) is the material, read as
      // its alloys' name: 钛棒 and TC4钛合金棒 are both titanium, which no other word of theirs says.
      if (METALS.has(token) && CJK.test(tokens[i + 1] ?? '')) out.push(`${token}合金`);
      // A lone character, Chinese or Latin (the P and O of a split P·O), names nothing alone.
      if (token.length === 1) continue;
      // Another name of the same product (螺纹钢 is 钢筋) is read as the name of its group, once: kept
      // beside it, a name both listings use would count twice against every other shared word.
      out.push(groupName(token));
      // A machine named for what it does (理条机, 揉捻机, 切片机) meets a buyer who says what it must do
      // (理条做形的机器, 切片用的机器): the work is a word of its name.
      if (MACHINE_FOR_WORK.test(token) && !STOP_WORDS.has(token.slice(0, -1))) out.push(token.slice(0, -1));
      // A code's letters name its family whatever follows them: PO42.5R and P·O 42.5 are both PO
      // cement, SGZ764 and SGZ-630 both SGZ conveyors.
      // A code with a hyphen (KYN28A-12, SGZ-630) is its model before the hyphen with a rating or size
      // after it: the model (kyn28a, sgz) is the family.
      const model = HYPHENATED_CODE.exec(token)?.[1];
      if (model && !STOP_WORDS.has(model)) out.push(model);
      const family = LETTERS_THEN_DIGITS.exec(token)?.[1];
      if (family && family.length >= 2 && !STOP_WORDS.has(family)) out.push(family);
    }
    // A Chinese name of a product group, however the segmenter cut it (三级钢), gives the group's name.
    for (const name of longSynonyms(text)) out.push(name);
    // A shorthand for several products (阻容) names each of them.
    for (const name of shorthandProducts(text)) out.push(name);
    return out;
  }

  /**
   * A listing's terms with field weights: a term in the title counts as a title term. Title words
   * of two or more Chinese characters also yield their head noun (the last character: 刺梨原汁,
   * 浓缩汁 and 果汁 all end in 汁; 钢结构厂房 in 房), so that products named differently still meet.
   */
  listingTerms(title: string, description: string | null | undefined): Map<string, number> {
    const terms = new Map<string, number>();
    const { name, qualifiers } = splitTitle(title);
    for (const t of this.terms(description)) terms.set(t, fieldWeight(t, DESCRIPTION_WEIGHT));
    // What a story says the buyer wants done or bought (想换耐用一点的滤布, 打算上一套自动加药) names the product.
    for (const clause of (description ?? '').split(CLAUSE_BREAK)) {
      const wish = WISH.exec(clause)?.[1] ?? ASKED.exec(clause)?.[1];
      if (wish) for (const t of this.terms(wish)) terms.set(t, fieldWeight(t, WISH_WEIGHT));
    }
    for (const t of this.terms(qualifiers)) terms.set(t, fieldWeight(t, DESCRIPTION_WEIGHT));
    for (const t of this.heads(name)) terms.set(t, HEAD_WEIGHT);
    const words = this.nameTerms(name);
    for (const t of words) terms.set(t, genericIn(t, words) ? TITLE_WEIGHT / 2 : TITLE_WEIGHT);
    // where the goods are or go (贵阳周边, 遵义本地) is the region part's to weigh, not a product word
    for (const [t, w] of terms) if (isPlaceWord(t)) terms.set(t, w * PLACE_SHARE);
    return terms;
  }

  /** A listing's terms as the matcher reads them: a demand's with the fixes for its symptoms (demandTerms). */
  matchTerms(
    kind: 'SUPPLY' | 'DEMAND',
    title: string,
    description: string | null | undefined,
  ): { terms: Map<string, number>; remedies?: Map<string, RemedyTerm> } {
    return kind === 'DEMAND' ? this.demandTerms(title, description) : { terms: this.listingTerms(title, description) };
  }

  /**
   * A demand's terms (listingTerms) and, besides them, the words of the fixes for what its story says is
   * wrong (remedyTerms) that it does not say itself, each with the symptom it answers: a fix's name as a
   * description's word, the words saying its kind (粉末 of 粉末活性炭) at half.
   */
  demandTerms(
    title: string,
    description: string | null | undefined,
  ): { terms: Map<string, number>; remedies: Map<string, RemedyTerm> } {
    const own = this.listingTerms(title, description);
    const remedies = this.remedyTerms(title, description);
    for (const t of own.keys()) remedies.delete(t);
    if (!remedies.size) return { terms: own, remedies };
    const terms = new Map(own);
    for (const [t, { head }] of remedies) terms.set(t, head ? REMEDY_WEIGHT : REMEDY_WEIGHT * KIND_SHARE);
    return { terms, remedies };
  }

  private readonly remedyWordsOf = new Map<string, { term: string; head: boolean }[]>();

  /** A fix's terms, each with whether its name ends in it (kept: the lexicon is fixed). */
  private remedyWords(remedy: string): { term: string; head: boolean }[] {
    let words = this.remedyWordsOf.get(remedy);
    if (!words) {
      const name = nfkc(remedy).toLowerCase();
      words = [...new Set(this.nameTerms(name))]
        .filter((t) => t.length >= 2 && !GENERIC_TERMS.has(t) && !STOP_WORDS.has(t))
        .map((term) => ({ term, head: name.endsWith(term) }));
      this.remedyWordsOf.set(remedy, words);
    }
    return words;
  }

  /**
   * The terms of the fixes for what a demand's title and description say is wrong (循环水结垢 → 阻垢剂,
   * 软水器 …; see remedies.ts), each with the symptom it answers, for the demand's terms and its reasons.
   */
  remedyTerms(title: string, description?: string | null): Map<string, RemedyTerm> {
    const out = new Map<string, RemedyTerm>();
    const text = nfkc(`${title}。${description ?? ''}`).toLowerCase();
    for (const { symptom, remedies } of remediesFor(text))
      for (const remedy of remedies) {
        // A fix's name ends in what it is (粉末活性炭 is 活性炭, 钠离子交换器 an 交换器): its other words
        // (粉末, 离子, 在线, 化学) say what kind and count half (KIND_SHARE), a fix's name kept where both give one.
        for (const { term, head } of this.remedyWords(remedy))
          if (!out.get(term)?.head) out.set(term, { symptom, head });
      }
    return out;
  }

  /**
   * The terms of a product name: its words, and the compounds the dictionary splits into a word
   * and one character (辣椒碱 → 辣椒 + 碱, 蜜环菌 → 蜜环 + 菌): the compound is the product, and
   * the lone character alone would be dropped, leaving only the word it shares with 辣椒段.
   */
  nameTerms(text: string): string[] {
    text = latinUnits(nfkc(text));
    const out = this.terms(text);
    // A word the dictionary does not know, put together by jieba's model (醋纤滤棒 → 醋 + 纤滤棒), is
    // a qualifier and a product it cannot see: its last two characters name the product (滤棒) the
    // way a known word would, so that 醋纤滤棒 meets 滤棒.
    for (const word of [...out]) {
      if (word.length < 3 || !CJK_WORD.test(word) || this.jieba.cut(word, false).length < word.length) continue;
      const suffix = word.slice(-2);
      if (!NOT_A_SUFFIX.has(suffix[1]) && !STOP_WORDS.has(suffix)) out.push(suffix);
    }
    for (const phrase of this.negations(text).rest.replace(this.boilerplate, ' ').split(PHRASE_BREAK)) {
      const words = this.jieba.cut(phrase, true);
      // Characters the dictionary knows only one by one, next to each other (液氩 → 液 + 氩, where 液氧 is
      // a word), are a word it does not know: the run is the product, as each character alone is dropped.
      for (const run of loneCharacterRuns(words)) if (!STOP_WORDS.has(run)) out.push(groupName(run));
      for (let i = 1; i < words.length; i++) {
        const [word, last] = [words[i - 1], words[i]];
        if (last.length !== 1 || !CJK_WORD.test(last) || NOT_A_SUFFIX.has(last)) continue;
        if (!takesSuffix(word) || STOP_WORDS.has(word.toLowerCase())) continue;
        out.push((word + last).toLowerCase());
      }
    }
    return out;
  }

  /**
   * The whole words of a title's product name (brackets left out: they qualify the product), as
   * the dictionary cuts them, lower-cased, without stop words and punctuation: 卷烟外包装箱 →
   * 卷烟, 外包装, 箱. Unlike the search-mode terms they hold no parts of longer words.
   */
  titleWords(title: string): string[] {
    const out: string[] = [];
    for (const raw of this.jieba.cut(latinUnits(nfkc(splitTitle(title).name)).replace(this.boilerplate, ' '), true)) {
      const word = raw.trim().toLowerCase();
      if (!word || !HAS_WORD_CHARACTER.test(word) || NO_LETTERS.test(word) || STOP_WORDS.has(word)) continue;
      out.push(word);
    }
    return out;
  }

  /**
   * The words of the use a title's name writes before its product with 用, less the product's own
   * (钢丝绳芯输送带用钢丝绳 → 钢丝绳芯, 输送带; 钛合金加工用的冷却液 → 钛合金, 加工): what the product
   * is for, not the product.
   */
  useWords(title: string): string[] {
    const name = splitTitle(title).name;
    const uses = name.match(USED_FOR);
    if (!uses) return [];
    const product = new Set(this.nameTerms(name.replace(USED_FOR, ' ')));
    return [...new Set(uses.flatMap((use) => this.nameTerms(use.replace(USE_MARK, ''))))].filter(
      (w) => !product.has(w),
    );
  }

  /**
   * What a title says its product is to replace (找TMTD的替代品, 替代现有葡萄糖的碳源, 无铬碱性砖（替代镁铬砖）):
   * the words of the product the buyer wants to be rid of, a near miss for the demand.
   */
  replacedWords(title: string): string[] {
    const out: string[] = [];
    for (const pattern of REPLACED)
      for (const m of nfkc(title).matchAll(pattern)) out.push(...this.nameTerms(m[1]), ...this.headWords(m[1]));
    return [...new Set(out)];
  }

  /**
   * What a demand's story says the buyer has in use and is to be rid of (还在用PP塑料盒, 原来是尼龙轴套,
   * 不能再用液化气), less the kind of product it is: the material or make that is to go (PP, 尼龙), since
   * the buyer may well want the same kind of product in another (自润滑轴套 for 原来是尼龙轴套).
   */
  retiredWords(title: string, description?: string | null): string[] {
    const text = nfkc(`${title}\n${description ?? ''}`);
    const found = [...text.matchAll(IN_USE_REPLACED)].map((m) => m[1]);
    if (!found.length) return [];
    // Words the story uses again elsewhere name what the buyer still wants (轴套 of 原来是尼龙轴套…想换成
    // 自润滑轴套), so only the words said of the product in use alone count.
    const elsewhere = new Set(this.nameTerms(found.reduce((rest, phrase) => rest.split(phrase).join(' '), text)));
    const out: string[] = [];
    for (const phrase of found) {
      const heads = this.headWords(phrase);
      for (const w of this.nameTerms(phrase)) if (!elsewhere.has(w) && !heads.some((h) => h.includes(w))) out.push(w);
    }
    return [...new Set(out)];
  }

  /** The head words of a title's product name, brackets left out (see headWords). */
  titleHeads(title: string): string[] {
    return this.headWords(splitTitle(title).name);
  }

  /**
   * The head words of a text: the last Chinese word of each phrase (蒸压加气混凝土砌块 → 砌块;
   * 500ml 酱香型白酒玻璃瓶 → 玻璃瓶), the product the phrase names, where it is named in Chinese.
   */
  headWords(text: string): string[] {
    const out: string[] = [];
    for (const phrase of latinUnits(nfkc(text)).replace(this.boilerplate, ' ').split(PHRASE_BREAK)) {
      const words = this.jieba.cut(phrase, true).map((w) => w.trim());
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i];
        // One character after a word ends a compound (辣椒碱 is cut 辣椒 + 碱) whose head is that character.
        const compound = i > 0 && (CJK_WORD.test(words[i - 1]) || takesSuffix(words[i - 1]));
        // 瓶 and 箱 are counting units (6瓶装) but, after a word, a container named for what it holds: 油辣椒瓶.
        if (compound && CONTAINER_UNITS.has(word)) {
          out.push(words[i - 1].toLowerCase() + word);
          break;
        }
        // Words after the product that name no product (包装桶采购, 钢材 长期供应; 5G专网建设: the network
        // is what is built) are passed over.
        if (!word || STOP_WORDS.has(word) || AFTER_THE_PRODUCT.has(word) || CHINESE_COUNT.test(word)) continue;
        // A code the dictionary keeps with its Chinese name (5G专网, HDPE瓶) ends in the product's head.
        if (!CJK_WORD.test(word)) {
          if (!HAN_TAIL.test(word)) continue;
          out.push(word.toLowerCase());
          break;
        }
        if (word.length >= 2) out.push(word);
        else if (compound && !NOT_A_SUFFIX.has(word)) out.push(words[i - 1].toLowerCase() + word);
        // A phrase that is one character naming goods (姜、蒜长期采购; 辣椒酱玻璃瓶+盖) names them whole.
        else if (i === 0 && LONE_GOODS.has(word)) out.push(word);
        break;
      }
    }
    return out;
  }

  /**
   * The head-noun terms of a text: the last character of each head word (刺梨浓缩汁 → 汁), of its
   * synonym group's name where it has one (吊车 and 汽车吊 are both 起重机: 机, not 车 as 泵车), the one
   * before a noun's suffix (玉米种子 and 玉米杂交种 both end in 种, 钻头 and 硬质合金钻 in 钻).
   */
  heads(text: string): string[] {
    return this.headWords(text)
      .map((w) => groupName(w))
      .map((w) => (w.length >= 2 && NOMINAL_SUFFIX.test(w) && CJK_WORD.test(w) ? w[w.length - 2] : w[w.length - 1]))
      .filter((h) => !GENERIC_HEADS.has(h))
      .map((h) => HEAD_MARK + h);
  }

  /**
   * The products a listing names, each as its own term map (with head nouns): a title's products
   * (求购 果汁、易拉罐和纸箱 names three; a title naming one product gives one segment), then the
   * items of each enumeration in a demand's description (采购烟用材料 — 烟标、卷烟纸、接装纸、滤棒),
   * so that a counterpart of one of several products is matched on that product, wherever the
   * buyer names them. Pass a demand's description only: a supply's lists are its features (工单报工、
   * 质量追溯、设备联网), not products.
   */
  productSegments(title: string, description?: string | null): Map<string, number>[] {
    const out: Map<string, number>[] = [];
    // A heading before a colon (危废处置：废脱硝催化剂、废油) says what the products after it are for.
    const name = splitTitle(title).name;
    const colon = name.search(/[：:]/);
    const listed = colon > 0 ? name.slice(colon + 1) : name;
    for (const line of listed.split(AFTER_COUNTED_ITEM)) {
      let previous = '';
      for (const part of line.split(PRODUCT_SEPARATORS)) {
        // What goes with the product before it, named by its role (轧制油及添加剂, 挖掘机及配件), is
        // that product's: 轧制油添加剂, not any 添加剂.
        this.pushSegment(out, ROLE_ONLY.test(part.trim()) && previous ? previous + part.trim() : part);
        previous = part.trim();
      }
    }
    if (colon > 0 && !out.length) this.pushSegment(out, name.slice(0, colon));
    // Only a title that names a kind of thing, not a product (烟用材料, 酿酒设备), or nothing at all,
    // leaves the products to its description; otherwise a description's lists are specifications and
    // uses (在线式UPS, whose head is Latin: 车间控制室、服务器间用 says where it goes, not what it is).
    const clauses = (description ?? '').replace(BRACKETED, ' ').split(CLAUSE_BREAK);
    // A clause saying what else the buyer wants (另要理条机一台, 同时采购滤布) names products of its
    // own, whatever the title names.
    const more: Map<string, number>[] = [];
    for (const clause of clauses) {
      const wanted = ALSO_WANTED.exec(clause.trim())?.[1];
      if (wanted && !NOT_WANTED_GOODS.test(wanted))
        for (const item of wanted.split(ENUMERATION)) this.pushSegment(more, item);
    }
    const heads = this.titleHeads(title);
    if (heads.length ? !heads.every(namesKind) : out.length > 0) return [...out, ...more];
    for (const clause of clauses) {
      const items = clause.split(ENUMERATION);
      if (items.length < 2 || ALSO_WANTED.test(clause.trim())) continue;
      for (const item of items) this.pushSegment(out, item);
    }
    return [...out, ...more];
  }

  private pushSegment(out: Map<string, number>[], part: string): void {
    if (!part.trim()) return;
    const segment = new Map<string, number>();
    for (const t of this.heads(part)) segment.set(t, HEAD_WEIGHT);
    const words = this.nameTerms(part);
    for (const t of words) segment.set(t, genericIn(t, words) ? TITLE_WEIGHT / 2 : TITLE_WEIGHT);
    // A part with no word of its own (求购), only a head, or only generic words (小包装) is no product.
    if (words.some((t) => !genericIn(t, words))) out.push(segment);
  }
}

/** A product's companion named only by its role: 添加剂 of 轧制油及添加剂, 配件 of 挖掘机及配件. */
const ROLE_ONLY = /^(?:添加剂|助剂|配件|备件|耗材|辅料|附件)$/u;
/** A description's clause naming what else a buyer wants: 另要理条机一台, 还需滤布, 同时采购吨袋、托盘. */
const ALSO_WANTED = /^(?:另外|另|还|同时|并)(?:需要|要|需|求购|采购|购买|买)(?!求(?!购))\s*(.+)$/u;
/** What a buyer also asks of the seller, not goods: 另需开票, 还要上门调试. */
const NOT_WANTED_GOODS = /^(?:开具?|提供)?(?:发票|开票|税票|专票|普票|安装|调试|上门|送货|包邮|运费|质保|售后|培训)/u;
/** Where a description passes from one statement to the next (an enumeration stays within one). */
const CLAUSE_BREAK = /[，,；;。.!！?？：:\n]+/u;
/**
 * Between the items of an enumeration: 烟标、卷烟纸、接装纸 / 钢丝/钢绞线 / 铝箔袋+干燥剂+湿度卡 (not a
 * rating's slash, 0.6/1kV, nor a sum, 3+1芯).
 */
const ENUMERATION = /[、／|｜]|(?<!\d)\/|\/(?!\d)|(?<![\d.])\s*[+＋]\s*(?![\d.])/u;

/** A title's product name and what its brackets add; a title all in brackets is its own name. */
export function splitTitle(title: string): { name: string; qualifiers: string } {
  const qualifiers: string[] = [];
  const toQualifiers = (m: string) => {
    qualifiers.push(m);
    return ' ';
  };
  const name = title
    .replace(INCLUDED, toQualifiers)
    .replace(REQUIRED, toQualifiers)
    .replace(FITS, toQualifiers)
    .replace(FOR_USE, toQualifiers)
    .replace(BRACKETED, (m, at: number) => {
      const examples =
        examplesIn(m.slice(1, -1)) ??
        partsIn(m.slice(1, -1), title.slice(0, at)) ??
        membersIn(m.slice(1, -1), title.slice(0, at));
      if (examples) return `、${examples.join('、')}、`;
      qualifiers.push(m.slice(1, -1));
      return ' ';
    })
    .trim();
  return name && /[\p{L}\p{N}]/u.test(name.replace(/求购|供应|采购|出售/g, ''))
    ? { name, qualifiers: qualifiers.join(' ') }
    : { name: title, qualifiers: '' };
}

/** A bracket that gives examples of what the title names: （香菇、竹荪等）, （如：纸箱、瓶盖）. */
const EXAMPLES = /^(?:如|例如|比如|包括)[：:]?\s*(.+?)(?:等+)?$|^(.+?)等+$/u;
const EXAMPLE_ITEM = /^[^\d]*\p{Script=Han}[^\d]*$/u;

/**
 * The products a bracket lists as examples of what the title names (食用菌干货（香菇、竹荪等） is
 * dried mushrooms such as 香菇 and 竹荪: the buyer names them, as products of the title), or null
 * for a bracket that qualifies the product (a grade, a use, varieties: （保健食品原料）, （花菇/厚菇）,
 * （80目、120目等）, whose items carry numbers).
 */
function examplesIn(text: string): string[] | null {
  const m = EXAMPLES.exec(text.trim());
  if (!m) return null;
  const items = (m[1] ?? m[2]).split(/[、，,/／]/u).map((x) => x.trim());
  if (m[1] && items.length < 2) return null;
  return items.every((x) => x.length <= 10 && EXAMPLE_ITEM.test(x)) ? items : null;
}

/**
 * What a title says comes with the product, after the product (制药用水系统 RO+EDI 含验证, 包装机 含安装):
 * part of the deal, not what is bought, so it counts as description. Not a content (含量98%).
 */
const INCLUDED = /(?<=\S[\s，,;；+＋])(?:含|包含|包括)(?!量)[^\s，,;；（(]+/gu;

/**
 * What a title asks of the product after naming it (冷却液 要不含氯的, 追溯系统，要对接用友U8, 需提供检测报告):
 * a condition of the deal, not what is bought, so it counts as description. Not a need that names the
 * product (需要干燥柜2台, 要生石灰粉, 需维修).
 */
const REQUIRED =
  /(?<=\S[\s，,;；])(?:要|需|需要|要求|须|必须)(?:能|可以|不含|无|对接|支持|兼容|提供|出具|符合|满足|原装|正品)[^\s，,;；（(]*/gu;

/**
 * What a title says the product is mated with, after naming it (杀秧机 配拖拉机, 旋耕机 配50-70马力): the
 * buyer's machine, not the product, so it counts as description. Not a part, a formula or a switchboard
 * (配件, 配方, 配电柜).
 */
const FITS = /(?<=\S[\s，,;；])配(?![件方送料比制合置电套])[^\s，,;；（(]+/gu;

/**
 * A phrase of a title that says what the goods are for (蜜炙用 蜂蜜, 导热膏 装配线用, 卡纸 做茶叶盒, 用于包装):
 * the buyer's use, not the product, so it counts as description. Not a grade of one character (药用, 食用),
 * nor a word that ends in 用 without saying a use (机柜租用, 应用, 专用, 通用).
 */
const FOR_USE =
  /(?<=^|[\s，,;；])(?:(?:做|用于|用来|用作)\p{Script=Han}{2,}|\p{Script=Han}{2,}(?<![租使试采借应专通备自适共实作效费信运利启占调引雇录聘任享])用)(?=$|[\s，,;；])/gu;

/**
 * A use written into a name before its product with 用 or 用的 (输送带用钢丝绳, 污水站用的絮凝剂): two or
 * more characters that end in no word of a grade (食用, 药用, 医用) or one that ends in 用 without saying a
 * use (通用, 专用, 常用).
 */
const USED_FOR =
  /(?<=^|[\s，,;；、])[^\s，,;；、用]{2,}(?<![租使试采借应专通备自适共实作效费信运利启占调引雇录聘任享常药食医农兽饲家民军商])用的?(?=\p{Script=Han}{2})/gu;
const USE_MARK = /用的?$/u;

/** A whole that a bracket may list the parts of: a line, a set, a plant's equipment. */
const HAS_PARTS = /(?:整线|生产线|流水线|一条线|成套设备|设备|机组)\s*$/u;
/** A count before a part's name: the 3吨 of 3吨罐. */
const PART_COUNT = /^\d+(?:\.\d+)?\s?(?:[万千百]?(?:吨|升|立方|方|台|套|个|只)|[lLtT]|m³)?/u;

/**
 * The parts a bracket joins with + after a line or a set (中药水提醇沉整线 (3吨罐+浓缩+乙醇回收) is
 * bought as its tank, its concentrator and its ethanol recovery: the buyer names them as products of
 * the title), or null: a bracket after anything else, or not such a list (a laminate's PET+AL+PE
 * names no part in Chinese).
 */
function partsIn(text: string, before: string): string[] | null {
  if (!HAS_PARTS.test(before)) return null;
  const items = text.split(/[+＋]/u).map((x) => x.trim().replace(PART_COUNT, ''));
  if (items.length < 2) return null;
  return items.every((x) => x.length <= 10 && EXAMPLE_ITEM.test(x)) ? items : null;
}

/** What a title may say after the kind it buys and before its bracket: 年度采购, 长期求购, 需求. */
const BUYING_AFTER = /(?:年度|长期|常年|月度|季度|每月|批量|集中|定期)?(?:采购|求购|收购|需求|招标|询价|供应)?\s*$/u;

/**
 * The products a bracket lists after a word for a kind of goods (菌棒辅料年度采购（麸皮/石膏/石灰）,
 * 包材采购（玻璃瓶、瓶盖、纸箱）: the buyer names the kind's members it buys, each a product of the
 * title), or null: a bracket after a product (its varieties or grades: 香菇（花菇/厚菇）), a single
 * item, or items carrying numbers (（80目/120目）).
 */
function membersIn(text: string, before: string): string[] | null {
  const head = before.replace(BUYING_AFTER, '').trim();
  if (!head || !namesKind(head)) return null;
  const items = text.split(/[、，,/／;；]|和|及/u).map((x) => x.trim());
  if (items.length < 2) return null;
  return items.every((x) => x.length >= 2 && x.length <= 10 && EXAMPLE_ITEM.test(x)) ? items : null;
}

/**
 * Words that name a kind of goods, whose products a listing may list elsewhere (烟用材料 — 烟标、卷烟纸;
 * 酿酒设备 — 蒸馏甑、冷凝器). Not the other generic words: a system's, a project's or a modification's
 * description lists what it must do (放射科影像归档和通信系统 — 对接DR、CT; 地磅无人值守改造 — 车牌识别、
 * 防遥控作弊), not products to buy.
 */
const KIND_WORDS: readonly string[] = [
  '材料',
  '原料',
  '辅料',
  '设备',
  '器材',
  '配件',
  '耗材',
  '制品',
  '产品',
  '用品',
  '物资',
  '配套',
  // 包材 and 包装 name packaging of any kind: 新品包材一揽子采购 — 玻璃瓶、铝防盗盖、彩盒、纸箱.
  '包材',
  '包装',
];

/** A head word that is, or ends in, a word for a kind of goods (设备, 原材料, 包装材料), not a product. */
function namesKind(head: string): boolean {
  for (const word of KIND_WORDS) if (head.endsWith(word)) return true;
  return false;
}

/** A generic word, or a part of one in the same text (包装 of 小包装). */
function genericIn(term: string, words: readonly string[]): boolean {
  return GENERIC_TERMS.has(term) || words.some((w) => w !== term && w.includes(term) && GENERIC_TERMS.has(w));
}

/** What a place word counts of its field weight (see isPlaceWord). */
const PLACE_SHARE = 0.25;
/** Words for "around here", which name a place the way a division's name does. */
const NEARBY = new Set([
  '周边',
  '本地',
  '当地',
  '附近',
  '就近',
  '周围',
  '省内',
  '市内',
  '县内',
  '市区',
  '城区',
  '全省',
  '全国',
  '省外',
]);
let regions: RegionTable | undefined;
const PLACE_WORDS = new Map<string, boolean>();
/** 贵阳, 汇川区, 仁怀, 周边: a division's name (in full or short) or a word for nearby. */
function isPlaceWord(term: string): boolean {
  let place = PLACE_WORDS.get(term);
  if (place === undefined) {
    place =
      /^\p{Script=Han}{2,}$/u.test(term) &&
      (NEARBY.has(term) || (regions ??= new RegionTable()).resolvePlace(term).length > 0);
    if (PLACE_WORDS.size < 100_000) PLACE_WORDS.set(term, place);
  }
  return place;
}

function fieldWeight(term: string, weight: number): number {
  return GENERIC_TERMS.has(term) ? weight / 2 : weight;
}
