/** The columns of the listings template, in order, with the API field each one fills. */
export const COLUMNS = [
  { header: '企业名称', field: 'enterpriseName', required: true, example: '仁怀市酱源酒业有限公司' },
  { header: '统一社会信用代码', field: 'creditCode', required: true, example: '91520382MA6DKQ1X8C' },
  { header: '所在地区代码', field: 'regionCode', required: false, example: '520382' },
  { header: '类型(供应/需求)', field: 'kind', required: true, example: '需求' },
  { header: '产品名称', field: 'title', required: true, example: '求购 500ml 酱香型白酒玻璃瓶' },
  { header: '产品类别代码', field: 'categoryCode', required: false, example: '3055' },
  { header: '描述', field: 'description', required: false, example: '晶白料，瓶重 550g±10g' },
  { header: '数量', field: 'quantity', required: false, example: '2000000' },
  { header: '单位', field: 'unit', required: false, example: '只' },
  { header: '最低价', field: 'priceMin', required: false, example: '0.9' },
  { header: '最高价', field: 'priceMax', required: false, example: '1.4' },
  { header: '认证', field: 'certifications', required: false, example: 'ISO9001' },
  { header: '有效期至', field: 'validUntil', required: false, example: '2027-12-31' },
] as const;

/** Columns real 供需清单 carry besides the template's, kept where the model has a place for them. */
export const EXTRA_COLUMNS = [
  { header: '规格型号', field: 'specification' }, // → the listing's description
  { header: '价格', field: 'price' }, // 0.9-1.4, 0.9～1.4 元, 面议 → priceMin/priceMax
  { header: '计价单位', field: 'priceUnit' }, // 万元/台 beside bare prices: what they are in
  { header: '联系人', field: 'contactName' }, // → the new firm's contact
  { header: '联系电话', field: 'contactPhone' },
  { header: '备注', field: 'remark' }, // → the listing's description
  { header: '产能', field: 'capacity' }, // 年产能 beside 可供量: the description, the amount offered being the quantity
  { header: '已对接', field: 'matched' }, // 是 on a row already matched or signed: done, not posted again
] as const;

export type ColumnField = (typeof COLUMNS)[number]['field'] | (typeof EXTRA_COLUMNS)[number]['field'];

/** Headers that name no field but belong to a 供需清单 (序号): recognised, then left out. */
const IGNORED = new Set(['序号', '编号', '行号', 'no', 'no.']);

/** Header variants county bureaus write, after folding (no spaces, half-width brackets). */
const SYNONYMS: Record<string, ColumnField> = {
  企业名称: 'enterpriseName',
  单位名称: 'enterpriseName',
  公司名称: 'enterpriseName',
  企业: 'enterpriseName',
  统一社会信用代码: 'creditCode',
  信用代码: 'creditCode',
  社会信用代码: 'creditCode',
  统一信用代码: 'creditCode',
  所在地区代码: 'regionCode',
  地区代码: 'regionCode',
  行政区划代码: 'regionCode',
  所在地: 'regionCode',
  所在地区: 'regionCode',
  地区: 'regionCode',
  区县: 'regionCode',
  所在区县: 'regionCode',
  企业所在地: 'regionCode',
  地址: 'regionCode',
  类型: 'kind',
  供需类型: 'kind',
  类别: 'kind',
  供需: 'kind',
  供需类别: 'kind',
  '供应/需求': 'kind',
  '需求/供应': 'kind',
  '供/需': 'kind',
  供需方向: 'kind',
  '类型(供应/需求)': 'kind',
  '供需类型(供应/需求)': 'kind',
  产品名称: 'title',
  产品: 'title',
  需求产品: 'title',
  供应产品: 'title',
  '产品(服务)名称': 'title',
  产品或服务名称: 'title',
  供需产品: 'title',
  // a listing written in one cell, its amount and price with it (干辣椒约80吨，18-22元/公斤): read by the parser
  供需内容: 'title',
  供需信息: 'title',
  需求内容: 'title',
  供应内容: 'title',
  信息内容: 'title',
  发布内容: 'title',
  具体内容: 'title',
  // a WeChat group's message copied as it was (群里原话（照录）): the firm's own words, read the same way
  原话: 'title',
  群里原话: 'title',
  原文: 'title',
  留言: 'title',
  消息内容: 'title',
  留言内容: 'title',
  服务商: 'enterpriseName',
  供应商: 'enterpriseName',
  供货商: 'enterpriseName',
  厂家: 'enterpriseName',
  生产厂家: 'enterpriseName',
  产品类别代码: 'categoryCode',
  类别代码: 'categoryCode',
  产业链环节代码: 'categoryCode',
  行业代码: 'categoryCode',
  描述: 'description',
  产品描述: 'description',
  详细描述: 'description',
  说明: 'description',
  数量: 'quantity',
  规模: 'quantity',
  '数量(规模)': 'quantity',
  需求量: 'quantity',
  供应量: 'quantity',
  产能: 'quantity',
  单位: 'unit',
  计量单位: 'unit',
  // a 填报系统's one-character headers: 品名 | 计量 | 量 | 价 | 截止
  计量: 'unit',
  量: 'quantity',
  价: 'price',
  截止: 'validUntil',
  最低价: 'priceMin',
  最高价: 'priceMax',
  价格: 'price',
  单价: 'price',
  报价: 'price',
  '价格(元)': 'price',
  '单价(元)': 'price',
  价格区间: 'price',
  认证: 'certifications',
  资质认证: 'certifications',
  有效期至: 'validUntil',
  有效期: 'validUntil',
  截止日期: 'validUntil',
  截止时间: 'validUntil',
  规格型号: 'specification',
  规格: 'specification',
  型号: 'specification',
  规格参数: 'specification',
  联系人: 'contactName',
  联系电话: 'contactPhone',
  电话: 'contactPhone',
  手机: 'contactPhone',
  联系方式: 'contactPhone',
  备注: 'remark',
  // an export's or a form's English keys (company_name, uscc, price_low, valid_to)
  company: 'enterpriseName',
  company_name: 'enterpriseName',
  companyname: 'enterpriseName',
  enterprise: 'enterpriseName',
  enterprise_name: 'enterpriseName',
  firm: 'enterpriseName',
  uscc: 'creditCode',
  credit_code: 'creditCode',
  creditcode: 'creditCode',
  social_credit_code: 'creditCode',
  unified_social_credit_code: 'creditCode',
  type: 'kind',
  kind: 'kind',
  supply_demand: 'kind',
  'supply/demand': 'kind',
  's/d': 'kind',
  demand_type: 'kind',
  supply_demand_type: 'kind',
  sd_type: 'kind',
  info_type: 'kind',
  listing_type: 'kind',
  product: 'title',
  product_name: 'title',
  productname: 'title',
  title: 'title',
  item: 'title',
  goods: 'title',
  goods_name: 'title',
  commodity: 'title',
  category: 'categoryCode',
  category_code: 'categoryCode',
  description: 'description',
  desc: 'description',
  qty: 'quantity',
  quantity: 'quantity',
  unit: 'unit',
  uom: 'unit',
  qty_unit: 'unit',
  quantity_unit: 'unit',
  price: 'price',
  price_range: 'price',
  price_low: 'priceMin',
  price_min: 'priceMin',
  min_price: 'priceMin',
  price_high: 'priceMax',
  price_max: 'priceMax',
  max_price: 'priceMax',
  price_unit: 'priceUnit',
  unitprice: 'price',
  'unitprice(rmb)': 'price',
  currency: 'priceUnit',
  validto: 'validUntil',
  'spec.': 'specification',
  'qty.': 'quantity',
  region: 'regionCode',
  region_code: 'regionCode',
  area_code: 'regionCode',
  location: 'regionCode',
  town: 'regionCode',
  township: 'regionCode',
  county: 'regionCode',
  district: 'regionCode',
  address: 'regionCode',
  valid_to: 'validUntil',
  valid_until: 'validUntil',
  expiry: 'validUntil',
  expiry_date: 'validUntil',
  expire_date: 'validUntil',
  expire_time: 'validUntil',
  expire_at: 'validUntil',
  expires_at: 'validUntil',
  expired_at: 'validUntil',
  valid_end: 'validUntil',
  expires: 'validUntil',
  end_date: 'validUntil',
  deadline: 'validUntil',
  cert: 'certifications',
  certs: 'certifications',
  certification: 'certifications',
  certifications: 'certifications',
  spec: 'specification',
  specification: 'specification',
  product_spec: 'specification',
  spec_model: 'specification',
  contact: 'contactName',
  contact_name: 'contactName',
  contact_person: 'contactName',
  phone: 'contactPhone',
  tel: 'contactPhone',
  mobile: 'contactPhone',
  remark: 'remark',
  remarks: 'remark',
  note: 'remark',
  notes: 'remark',
};

export function foldHeader(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/^\uFEFF/, '')
      // a questionnaire's numbered questions (1. 企业名称, Q3、统一社会信用代码) and what they ask after (？)
      .replace(/^\s*(q|Q)?\d{1,2}\s*[.、:：)]\s*(?=\S)/, '')
      .replace(/[?？]+\s*$/, '')
      // a form's detail table named before its fields in an export (钉钉: 供需明细-产品名称, 明细1-数量)
      .replace(/^[^-－—_]{0,12}(明细|子表|表格)\d*\s*[-－—_]\s*(?=\S)/, '')
      .replace(/[\s*＊:：]+/g, '')
      .replace(/[（【[]/g, '(')
      .replace(/[）】\]]/g, ')')
      .toLowerCase()
  );
}

/** A header's Chinese words followed by their English (企业名称\nCompany, 需求数量 Quantity): the Chinese part. */
const ENGLISH_GLOSS = /^(.*\p{Script=Han}[^A-Za-z]*?)[\s/|-]+[A-Za-z][A-Za-z .&'/-]*$/su;

/** A header's words in brackets (数量（吨）, 企业（合作社）名称): what remains names the field. */
const BRACKETED = /\([^()]*\)/g;

/**
 * What a header says when it is none of the names above: the words that name each field, in the
 * order a header's words are weighed (a phone before a person: 负责人电话; a unit before a firm:
 * 计量单位; a price or a quantity before a product: 产品单价, 采购数量; a specification, a
 * description or a category name before a product: 产品规格, 产品描述). Each pattern is tried on
 * the whole header without its bracketed words.
 */
const FIELD_WORDS: readonly [RegExp, ColumnField | null][] = [
  // the list's own notes and the bureau's people are no column of a listing
  [/^(填报|制表|审核|报送|汇总|统计|主管)/, null],
  // a questionnaire's yes-or-no question between repeated ones (是否还有其他供应产品) and its system columns (来源详情)
  [/^是否(还有|有|需要|继续|另有)/, null],
  [/^来源(详情|渠道)?$|^来自ip/, null],
  // 已对接 | 是, 是否已签约, 对接状态: whether the row's need or offer was met already
  [/^(是否)?已?(对接|签约|成交)(状态|情况|结果)?$|^是否(已经)?(对接|签约|成交)(成功)?$/, 'matched'],
  // 已对接企业, 意向客户, 主要客户: other firms the row's firm deals with, not the firm
  [/^(已|拟)?对接(企业|单位|客户)|^(意向|合作|目标|主要|现有)(企业|客户|单位|采购商|供应商)|^销售(对象|渠道)/, null],
  [/信用代码|社会信用|统一代码|机构代码|纳税人识别号|税号/, 'creditCode'],
  [/(类别|行业|环节|分类|产业链)代码/, 'categoryCode'],
  [/(地区|区划|行政区)代码/, 'regionCode'],
  // 产品类别, 所属行业, 所属产业链: a category's name, not the kind of listing (the category is inferred); what a
  // firm is (企业规模: 小微) is no quantity
  [/(产品|行业|产业)(类别|类型|分类)|所属(行业|产业|领域|板块)|产业链|企业(性质|类型|规模)/, null],
  [/电话|手机|联系方式|联系号码/, 'contactPhone'],
  [/联系人|负责人|对接人|经办人|联络人/, 'contactName'],
  // 计价单位 | 万元/台 beside 最低价 | 最高价: what the prices are in (a unit alone there is the quantity's)
  [/^(计价|价格|单价)单位$/, 'priceUnit'],
  // 价格说明 | 元/斤，按淀粉含量分级定价 beside a bare 意向价格: the unit its numbers are in, and terms
  [/^(计价|价格|单价|报价)(说明|备注)$/, 'priceUnit'],
  [/^(计量|数量)?单位$/, 'unit'],
  // 供应产品计量单位, 产品数量单位: a product's unit, not a work unit (单位 alone after a firm's words is the firm)
  [/(产品|商品|物资|原料|货物)(计量|数量)单位$|计量单位$/, 'unit'],
  [/总价|金额|总额|产值|销售额|营业额/, null],
  // 最低 / 最高 under a 价格 group row, or written together (最低价格, 单价上限)
  [/(最低|下限).*(价|价格)|(价|价格).*(最低|下限)|^最低$/, 'priceMin'],
  [/(最高|上限).*(价|价格)|(价|价格).*(最高|上限)|^最高$/, 'priceMax'],
  [
    /价格|单价|报价|价钱|售价|价位|(出厂|收购|采购|销售|意向|预算|参考|供货|供应|批发|零售|产地|到厂|市场|目标|期望|预期|心理)价|^(采购)?预算(（元）|\(元\))?$/,
    'price',
  ],
  // …量 of what is supplied or needed (年供（需）量 read as 年供量, 供需量), not 质量 or 含量
  [
    /数量|数目|需求量|供应量|供货量|可供量|采购量|收购量|产量|产能|能力|规模|用量|销量|库存|供给量|(?<![质含流重])量$|面积/,
    'quantity',
  ],
  // 需求时间, 到货时间, 供货时间: the date a demand is needed by or a supply offered until
  [
    /有效期|截止|期限|到期|供货期|供应期|可供期|需求期|采购期|有效时间|有效日期|时限|(需求|采购|需用|用货|到货|供货|供应|可供|交货|交付|上市|采收|收获)(时间|日期)|^(时间|日期)(要求)?$/,
    'validUntil',
  ],
  [/规格|型号|等级|参数|技术要求|质量要求|品质|标准|品级|要求$/, 'specification'],
  [/认证|资质|证书/, 'certifications'],
  [/备注|附注/, 'remark'],
  [/描述|说明|简介|介绍|详情/, 'description'],
  // 采购/销售, 购/销, 买/卖: the two kinds named together
  [
    /^供.{0,2}需$|^需.{0,2}供$|供需|^类型$|^类别$|供应或需求|需求或供应|供应.{0,4}还是.{0,4}需求|需求.{0,4}还是.{0,4}供应|方向|^(采购|购|买|收购)[/／、或]?(销售|销|卖|出售)$|^(销售|销|卖|出售)[/／、或]?(采购|购|买|收购)$/,
    'kind',
  ],
  [/交货|送货|交付|收货|发货|产地/, null],
  [
    /所在|所属|县区|区县|县市|市县|地区|区域|区划|地址|属地|乡镇|地点|^(县|市|区|县市区)$|(县|区|市|地)别$/,
    'regionCode',
  ],
  [
    /(企业|单位|公司|主体|厂商|厂家|供应商|采购商|供货商|采购方|供应方|需求方|供货方|合作社|客户|商户|商家|店铺|门店|经营户|经营者|农户|种植户|养殖户|采矿权人)(名称|全称)?$/,
    'enterpriseName',
  ],
  // 砂石场名称, 养殖场名称, 加工厂名称: the works that sells, named as a firm
  [/(厂|场|店|站|农场|基地|民宿|酒店|宾馆|饭店|餐厅|景区|医院|学校|机构)(名称|全称)$/, 'enterpriseName'],
  // 采购内容, 需求事项: what is bought or offered, said as the matter of the list
  [
    /(产品|商品|货物|物资|物料|原料|材料|品名|品种|服务|项目|货品)(名称)?$|名称$|(采购|需求|供应|销售|供货|求购|收购|可供|服务|项目|产品)(内容|事项|标的|品目)$/,
    'title',
  ],
];

/**
 * Headers as systems name them besides the words above (an export's columns are often the initials of
 * their names in pinyin: QYMC 企业名称, TYSHXYDM 统一社会信用代码, JG_XX 价格下限, XZQH_DM 行政区划代码).
 */
const SYSTEM_HEADERS = [
  '序号',
  '价格下限',
  '价格上限',
  '最低价格',
  '最高价格',
  '价格单位',
  '计价单位',
  '价格说明',
  '产品规格',
  '规格型号',
  '产品描述',
  '行政区划名称',
  '所属乡镇',
  '所在乡镇',
  '乡镇名称',
  '所属区县',
  '所属县区',
  '区县名称',
  '有效期至',
  '有效期',
  '截止日期',
  '认证信息',
  '资质认证',
  '联系人',
  '联系人姓名',
  '联系电话',
  '联系方式',
  '备注',
  '供需类型',
  '信息类型',
  '产品类别',
  '所属行业',
  '审核状态',
  '提交时间',
  '发布时间',
  '信息编号',
];

let initialsIndex: Map<string, ColumnField | 'ignore'> | null = null;

/** Initials of every header this file knows → its field, where no two headers with those initials differ. */
function systemHeaderIndex(): Map<string, ColumnField | 'ignore'> {
  if (initialsIndex) return initialsIndex;
  // read when a file first has such a header (a dictionary of 1 MB): not at every start
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  const fields = new Map<string, Set<ColumnField | 'ignore' | null>>();
  for (const word of new Set([...Object.keys(SYNONYMS), ...SYSTEM_HEADERS])) {
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    const key = pinyin(word, { pattern: 'first', toneType: 'none', separator: '' }).toUpperCase();
    const set = fields.get(key) ?? new Set();
    set.add(fieldOfHeader(word));
    fields.set(key, set);
  }
  initialsIndex = new Map();
  for (const [key, set] of fields) {
    const [only] = set;
    if (set.size === 1 && only) initialsIndex.set(key, only);
  }
  return initialsIndex;
}

/** An export's column named in pinyin initials (QYMC, TYSHXYDM, GXLX_MC, JG_XX), read as the words; null otherwise. */
export function fieldOfSystemHeader(raw: string): ColumnField | 'ignore' | null {
  const h = raw.normalize('NFKC').trim();
  if (!/^[A-Za-z][A-Za-z_]{1,15}$/.test(h)) return null;
  const key = h.replace(/_/g, '').toUpperCase();
  const index = systemHeaderIndex();
  // …_MC is its name (名称), …_DM its code (代码): GXLX_MC 供需类型名称 is the kind as words
  return index.get(key) ?? (/(MC|DM)$/.test(key) ? (index.get(key.slice(0, -2)) ?? null) : null);
}

/**
 * An export's or a form tool's English key read by its words (ent_name, goods_title, valid_end_time, contact_tel,
 * unified_code, supplyType): the words that name a field, the more telling first (a contact's name before a firm's
 * name, a price's end before the price). Null for a key no word names (id, created_at, status).
 */
export function fieldOfEnglishKey(raw: string): ColumnField | null {
  const h = raw.normalize('NFKC').trim();
  if (!/^[A-Za-z][A-Za-z0-9_ .-]{1,40}$/.test(h)) return null;
  const words = new Set(
    h
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const any = (...ws: string[]) => ws.some((w) => words.has(w));
  if (any('created', 'updated', 'modified', 'submitted', 'status', 'audit', 'id', 'no', 'seq', 'index')) return null;
  if (any('uscc', 'credit') || (any('unified', 'social') && any('code'))) return 'creditCode';
  if (any('price', 'cost')) {
    if (any('min', 'low', 'lower', 'from', 'floor')) return 'priceMin';
    if (any('max', 'high', 'upper', 'to', 'ceiling')) return 'priceMax';
    if (any('unit', 'currency')) return 'priceUnit';
    return 'price';
  }
  if (any('qty', 'quantity', 'volume', 'capacity')) return any('unit', 'uom') ? 'unit' : 'quantity';
  if (any('unit', 'uom', 'measure')) return 'unit';
  if (any('expire', 'expires', 'expiry', 'expired', 'deadline', 'valid', 'validity', 'until')) return 'validUntil';
  if (any('end') && any('date', 'time', 'day')) return 'validUntil';
  if (any('phone', 'tel', 'mobile', 'telephone', 'cellphone')) return 'contactPhone';
  if (any('contact', 'linkman', 'contactor', 'person')) return 'contactName';
  if (any('remark', 'remarks', 'memo', 'note', 'notes', 'comment', 'comments')) return 'remark';
  if (any('spec', 'specs', 'specification', 'model', 'grade')) return 'specification';
  if (any('type', 'kind', 'direction') || (any('supply', 'demand') && !any('name', 'title'))) return 'kind';
  if (any('region', 'area', 'town', 'township', 'county', 'district', 'address', 'addr', 'location', 'city'))
    return 'regionCode';
  if (any('desc', 'description', 'detail', 'details', 'intro')) return 'description';
  if (any('cert', 'certs', 'certification', 'certifications', 'certificate')) return 'certifications';
  if (any('company', 'enterprise', 'ent', 'org', 'organization', 'corp', 'firm', 'supplier', 'buyer', 'seller'))
    return 'enterpriseName';
  if (any('product', 'goods', 'item', 'sku', 'commodity', 'title', 'material', 'service')) return 'title';
  return null;
}

/** Header → field, accepting the variants people type; 'ignore' for 序号; null when unknown. */
export function fieldOfHeader(raw: string): ColumnField | 'ignore' | null {
  // 企业名称\nCompany, 备注 Remarks: a bilingual header is read by its Chinese words
  const gloss = ENGLISH_GLOSS.exec(raw);
  if (gloss) {
    const field = fieldOfHeader(gloss[1]);
    if (field) return field;
  }
  const h = foldHeader(raw);
  if (!h) return null;
  if (IGNORED.has(h)) return 'ignore';
  if (SYNONYMS[h]) return SYNONYMS[h];
  // 价格区间（最低） | 价格区间（最高）: the bracket says which end, not a unit
  if (/(价|价格|报价|单价)[^()]*\((最低|下限|最低价)\)$/.test(h)) return 'priceMin';
  if (/(价|价格|报价|单价)[^()]*\((最高|上限|最高价)\)$/.test(h)) return 'priceMax';
  // 配套需求（品名及数量）, 产品及数量: products written with their amounts (云杉面板5万片、吉他弦10万套), each read apart
  if (/(品名|产品|名称|品种)((及|和|与|、|\/)(规格|型号|规格型号))?(及|和|与|、|\/)(数量|需求量|用量|规模)/.test(h))
    return 'title';
  // 产品名称（必填）, 数量（吨）, 企业（合作社）名称: the words outside brackets
  const bare = h.replace(BRACKETED, '') || h;
  if (SYNONYMS[bare]) return SYNONYMS[bare];
  // 品名/规格, 产品及规格, 名称/型号: the product, its specification written with it
  const parts = bare.split(/[/、,，及和与]/).filter((part) => part && part !== bare);
  const partFields = parts.map(
    (part) => SYNONYMS[part] ?? FIELD_WORDS.find(([words]) => words.test(part))?.[1] ?? null,
  );
  // (but 规格/品种 and 品种/规格 are a specification: the variety of the product another column names, as a 规格 is)
  if (parts.includes('品种') && partFields.includes('specification') && parts.length === 2) return 'specification';
  if (
    partFields.includes('title') &&
    partFields.every((f) => f === 'title' || f === 'specification' || f === 'description')
  )
    return 'title';
  // 规格/要求, 联系人、电话, 联系人及电话: the first part that names a field
  for (const part of parts) if (SYNONYMS[part]) return SYNONYMS[part];
  // 报价有效期, 价格截止日期: a header that ends by naming a date is the date, whatever it is the date of
  if (/(有效期|有效期至|截止(日期|时间)?|期限)$/.test(bare)) return 'validUntil';
  for (const [words, field] of FIELD_WORDS) if (words.test(bare)) return field;
  // 需求时间（截止）: the bracketed words say it when the rest does not
  if (bare !== h) for (const [words, field] of FIELD_WORDS) if (field && words.test(h)) return field;
  return fieldOfSystemHeader(raw) ?? fieldOfEnglishKey(raw);
}

/**
 * The unit a header gives its column's numbers, in brackets at its end: 数量（吨） → 吨,
 * 单价（万元/吨） → 万元/吨, 价格(元) → 元; null when it gives none (产品名称（必填）).
 */
export function headerUnit(raw: string): string | null {
  // 元/计量单位, 元/单位: per whatever the unit column says, which is the price's own unit
  // 元/吨，含税: the unit before the terms
  const unit =
    /\(([^()]+)\)$/
      .exec(foldHeader(raw))?.[1]
      ?.split(/[,，;；]/)[0]
      .replace(/\/(计量|计价|数量)?单位$/, '') ?? null;
  // (供应量（只填数字）: how to fill the column in, no unit)
  if (
    !unit ||
    /必填|选填|可选|如|例|注|多选|供应|需求|采购|最低|最高|上限|下限|填|数字|整数|小数|\d/.test(unit) ||
    [...unit].length > 8
  )
    return null;
  return unit;
}

export const HEADER_OF: Record<ColumnField, string> = Object.fromEntries([
  ...COLUMNS.map((c) => [c.field, c.header]),
  ...EXTRA_COLUMNS.map((c) => [c.field, c.header]),
]) as Record<ColumnField, string>;

/** The API field a listing rule names → the template column to point at. */
export const COLUMN_OF_LISTING_FIELD: Record<string, string> = {
  kind: HEADER_OF.kind,
  title: HEADER_OF.title,
  description: HEADER_OF.description,
  categoryCode: HEADER_OF.categoryCode,
  quantity: HEADER_OF.quantity,
  unit: HEADER_OF.unit,
  priceMin: HEADER_OF.priceMin,
  priceMax: HEADER_OF.priceMax,
  regionCode: HEADER_OF.regionCode,
  certifications: HEADER_OF.certifications,
  validUntil: HEADER_OF.validUntil,
  confidential: HEADER_OF.kind,
};

/**
 * The stored row's key for the validity a title or note says once for the whole list (parse's
 * `listValidUntil`): the row's own 有效期 cell, when it has one, comes first.
 */
export const LIST_VALID_UNTIL_KEY = '__listValidUntil';
/** A stored row's firm as the list wrote it, and the directory sheet its name and code were taken from. */
export const FIRM_WRITTEN_KEY = '__firmWritten';
export const FIRM_DIRECTORY_KEY = '__firmDirectory';

/**
 * The stored row's key for the place a note says the list's firms are in (企业均位于遵义经开区（汇川区）): a firm
 * whose row and credit code give no county takes it.
 */
export const LIST_PLACE_KEY = '__listPlace';
