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
