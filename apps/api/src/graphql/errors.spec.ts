import { chineseNumberHint, fieldAtPosition } from './coercion-messages';
import { fieldsOfCoercionError, formatError, INTERNAL_MESSAGE } from './errors';

describe('error formatting', () => {
  it('names the field of a variable coercion error', () => {
    expect(
      fieldsOfCoercionError(
        'Variable "$input" got invalid value "abc" at "input.quantity"; Float cannot represent non numeric value: "abc"',
      ),
    ).toEqual(['quantity']);
    expect(
      fieldsOfCoercionError(
        'Variable "$input" got invalid value 1 at "input.certifications[0]"; String cannot represent',
      ),
    ).toEqual(['certifications']);
    expect(
      fieldsOfCoercionError('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"'),
    ).toEqual(['first']);
    const formatted = formatError({
      message: 'Variable "$input" got invalid value "abc" at "input.quantity"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['quantity'] });
    expect(formatted.message).toMatch(/^输入格式有误（quantity）/);
  });

  it('masks anything not raised on purpose', () => {
    const formatted = formatError({
      message: 'relation "listing" does not exist',
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    });
    expect(formatted).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      path: undefined,
      locations: undefined,
    });
    expect(formatError({ message: 'boom' }).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('turns parse and validation failures into BAD_USER_INPUT, keeping the reason', () => {
    expect(formatError({ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
  });
});

describe('coercion errors in Chinese', () => {
  const variable = (reason: string, at = ' at "input.quantity"') =>
    formatError({
      message: `Variable "$input" got invalid value "50万"${at}; ${reason}`,
      extensions: { code: 'BAD_USER_INPUT' },
    });

  it('says which field wanted a number, and what "50万" should have been', () => {
    const f = variable('Float cannot represent non numeric value: "50万"');
    expect(f.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['quantity'] });
    expect(f.message).toBe(
      '输入格式有误（quantity）：quantity（数量）须为数字（Float），收到 "50万"；请写成阿拉伯数字 500000',
    );
    expect(variable('Float cannot represent non numeric value: "200万只"').message).toContain(
      '请只写数字 2000000，单位“只”写在 unit（单位）字段',
    );
    expect(variable('Int cannot represent non-integer value: "1.5亿"', ' at "input.slotMinutes"').message).toContain(
      'slotMinutes（洽谈时段分钟数）须为整数（Int），收到 "1.5亿"；请写成阿拉伯数字 150000000',
    );
  });

  it('translates every built-in scalar, enum and shape message of graphql-js', () => {
    const cases: [string, RegExp][] = [
      ['Int cannot represent non 32-bit signed integer value: 1e+21', /须为 -2147483648 到 2147483647 之间的整数/],
      ['String cannot represent a non string value: 5', /须为文本（String），收到 5/],
      ['Boolean cannot represent a non boolean value: "yes"', /须为 true 或 false（Boolean）/],
      ['ID cannot represent value: {}', /须为标识（ID，字符串）/],
      [
        'Value "SELL" does not exist in "ListingKind" enum. Did you mean the enum value "SUPPLY"?',
        /“SELL”不是 ListingKind 的有效值/,
      ],
      ['Enum "ListingKind" cannot represent non-enum value: 5.', /须为 ListingKind 的取值之一/],
      ['Expected type "CreateListingInput" to be an object.', /须为对象（CreateListingInput）/],
    ];
    for (const [reason, expected] of cases) {
      const f = variable(reason);
      expect(f.message).toMatch(expected);
      expect(f.message).not.toMatch(/cannot represent|does not exist|Expected/);
    }
  });

  it('names the missing or unknown field itself', () => {
    const missing = variable('Field "title" of required type "String!" was not provided.', '');
    expect(missing.extensions?.fields).toEqual(['title']);
    expect(missing.message).toBe('输入格式有误（title）：缺少必填字段 title（文本（String））');
    const unknown = variable('Field "colour" is not defined by type "CreateListingInput".', '');
    expect(unknown.extensions?.fields).toEqual(['colour']);
    expect(unknown.message).toContain('CreateListingInput 没有字段 colour');
    const absent = formatError({
      message: 'Variable "$id" of required type "ID!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(absent).toMatchObject({ message: '输入格式有误（id）：缺少必填变量 $id（标识（ID，字符串））' });
  });

  it("keeps our own scalars' Chinese reasons", () => {
    const f = variable('Date 须为 YYYY-MM-DD 格式的有效日期，收到 "明年"', ' at "input.validUntil"');
    expect(f.message).toBe('输入格式有误（validUntil）：Date 须为 YYYY-MM-DD 格式的有效日期，收到 "明年"');
  });

  it('finds the field of a literal written into the document', () => {
    const body = 'mutation { createListing(input: { title: "x", quantity: "50万", certifications: ["A", 5] }) { id } }';
    expect(fieldAtPosition(body, body.indexOf('"50万"'))).toBe('quantity');
    expect(fieldAtPosition(body, body.indexOf('5]'))).toBe('certifications');
    expect(fieldAtPosition(body, body.indexOf('"x"'))).toBe('title');
    const source = { body };
    const f = formatError(
      {
        message: 'Float cannot represent non numeric value: "50万"',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      { nodes: [{ loc: { start: body.indexOf('"50万"'), source } }] },
    );
    expect(f.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['quantity'] });
    expect(f.message).toContain('quantity（数量）须为数字（Float）');
  });
});

describe('万/亿 hints', () => {
  it('reads full-width digits and decimals', () => {
    expect(chineseNumberHint('"５０万"')).toBe('请写成阿拉伯数字 500000');
    expect(chineseNumberHint('"0.3万吨"')).toBe('请只写数字 3000，单位“吨”写在 unit（单位）字段');
    expect(chineseNumberHint('"abc"')).toBeNull();
  });
});
