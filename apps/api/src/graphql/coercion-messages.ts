/**
 * graphql-js refuses values of the wrong type in English ("Float cannot represent non numeric
 * value"). These turn its coercion and input-validation messages into Chinese that names the
 * field and the type it expects; a message already in Chinese (our own scalars) is kept.
 */

/** The Chinese words for the schema's built-in scalars. */
const SCALAR_WORDS: Record<string, string> = {
  Int: '整数（Int）',
  Float: '数字（Float）',
  String: '文本（String）',
  Boolean: ' true 或 false（Boolean）',
  ID: '标识（ID，字符串）',
};

/** What the fields that most often meet a wrong type mean (other fields are named as they are). */
const FIELD_LABELS: Record<string, string> = {
  quantity: '数量',
  priceMin: '最低价',
  priceMax: '最高价',
  first: '每页条数',
  slotMinutes: '洽谈时段分钟数',
  maxRequestsPerFirm: '每家企业可发起的洽谈邀约数',
  amountCny: '金额（元）',
  validUntil: '有效期至',
  startsAt: '开始时间',
  endsAt: '结束时间',
  registrationClosesAt: '报名截止',
  rating: '评价',
  kind: '类型',
  stage: '阶段',
  approve: '是否通过',
  confidential: '不公开',
};

export const fieldLabel = (field: string): string =>
  FIELD_LABELS[field] ? `${field}（${FIELD_LABELS[field]}）` : field;

const typeWords = (type: string): string => {
  const named = type.replace(/[[\]!]/g, '');
  const word = SCALAR_WORDS[named] ?? named;
  if (type.startsWith('[')) return `${word} 的列表`;
  return word;
};

/** "50万" → 500000, "1.2亿" → 120000000: what a person meant by a number with 万/亿. */
export function chineseNumberHint(found: string): string | null {
  const match = /^"?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(万|亿)\s*([^"]*)"?$/.exec(found);
  if (!match) return null;
  const digits = match[1].replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const value = Number(digits) * (match[2] === '万' ? 1e4 : 1e8);
  const number = Number(value.toPrecision(15));
  return match[3]
    ? `请只写数字 ${number}，单位“${match[3].trim()}”写在 unit（单位）字段`
    : `请写成阿拉伯数字 ${number}`;
}

const isChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/**
 * The Chinese form of one coercion reason (the part after graphql-js's `Variable ... got invalid
 * value ...;`, or a literal's whole validation message), for `field`; null when it is no coercion
 * message this knows.
 */
export function chineseCoercionReason(reason: string, field: string | null): string | null {
  const who = field ? fieldLabel(field) : '该值';
  let match: RegExpExecArray | null;
  if ((match = /^(Int|Float) cannot represent non[- ](?:numeric|integer) value: (.+)$/s.exec(reason))) {
    const hint = chineseNumberHint(match[2]);
    return `${who}须为${SCALAR_WORDS[match[1]]}，收到 ${match[2]}${hint ? `；${hint}` : ''}`;
  }
  if ((match = /^Int cannot represent non 32-bit signed integer value: (.+)$/s.exec(reason)))
    return `${who}须为 -2147483648 到 2147483647 之间的整数（Int），收到 ${match[1]}`;
  if ((match = /^(String|Boolean) cannot represent a non (?:string|boolean) value: (.+)$/s.exec(reason)))
    return `${who}须为${SCALAR_WORDS[match[1]]}，收到 ${match[2]}`;
  if ((match = /^ID cannot represent (?:a non-string and non-integer )?value: (.+)$/s.exec(reason)))
    return `${who}须为${SCALAR_WORDS.ID}，收到 ${match[1]}`;
  if ((match = /^Value "(.*)" does not exist in "(\w+)" enum\.(?: Did you mean (.+)\?)?$/s.exec(reason)))
    return `${who}的取值“${match[1]}”不是 ${match[2]} 的有效值${match[3] ? `，是否想写 ${match[3].replace(/ or /g, ' 或 ')}？` : ''}`;
  if (
    (match = /^Enum "(\w+)" cannot represent non-(?:enum|string) value: (.+?)\.?(?: Did you mean .+\?)?$/s.exec(reason))
  )
    return `${who}须为 ${match[1]} 的取值之一，收到 ${match[2]}`;
  if ((match = /^Field "(?:\w+\.)?(\w+)" of required type "(.+)" was not provided\.$/.exec(reason)))
    return `缺少必填字段 ${fieldLabel(match[1])}（${typeWords(match[2])}）`;
  if ((match = /^Field "(?:\w+\.)?(\w+)" must be non-null\.$/.exec(reason)))
    return `${fieldLabel(match[1])} 不能为 null`;
  if ((match = /^Field "(\w+)" is not defined by type "(\w+)"\.(?: Did you mean (.+)\?)?$/s.exec(reason)))
    return `${match[2]} 没有字段 ${match[1]}${match[3] ? `，是否想写 ${match[3].replace(/ or /g, ' 或 ')}？` : ''}`;
  if ((match = /^Expected type "(.+)" to be an object\.$/.exec(reason))) return `${who}须为对象（${match[1]}）`;
  if ((match = /^Expected value of type "(.+?)", found (.+?)(?:; (.+))?\.?$/s.exec(reason))) {
    if (match[3]) return chineseCoercionReason(match[3], field) ?? (isChinese(match[3]) ? `${who}：${match[3]}` : null);
    return `${who}须为${typeWords(match[1])}，收到 ${match[2]}`;
  }
  if ((match = /^Variable "\$(\w+)" of required type "(.+)" was not provided\.$/.exec(reason)))
    return `缺少必填变量 $${match[1]}（${typeWords(match[2])}）`;
  if ((match = /^Variable "\$(\w+)" of non-null type "(.+)" must not be null\.$/.exec(reason)))
    return `变量 $${match[1]}（${typeWords(match[2])}）不能为 null`;
  if (isChinese(reason)) return reason;
  return null;
}

/** The field a coercion reason is about when the reason itself names it (a missing or unknown field). */
export function fieldNamedByReason(reason: string): string | null {
  const match =
    /^Field "(?:\w+\.)?(\w+)" (?:of required type|must be non-null|is not defined by type)/.exec(reason) ??
    /^Variable "\$(\w+)" of (?:required|non-null) type/.exec(reason);
  return match ? match[1] : null;
}

/**
 * The input field or argument a literal value stands for, read backwards from its position in
 * the document: `createListing(input: { quantity: "50万" })` → `quantity`; inside a list,
 * the list's field.
 */
export function fieldAtPosition(body: string, position: number): string | null {
  let depth = 0;
  for (let i = position - 1; i >= 0; i--) {
    const c = body[i];
    if (c === ']' || c === '}' || c === ')') depth++;
    else if (c === '[' && depth > 0) depth--;
    else if ((c === '{' || c === '(') && depth > 0) depth--;
    else if ((c === '{' || c === '(') && depth === 0) return null;
    else if (c === ':' && depth === 0) {
      const match = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(body.slice(0, i));
      return match ? match[1] : null;
    }
  }
  return null;
}
