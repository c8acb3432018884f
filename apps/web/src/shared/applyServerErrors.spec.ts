import { fieldErrorsOf } from './applyServerErrors';

describe('fieldErrorsOf', () => {
  const form = ['title', 'priceMin', 'priceMax', 'creditCode'];

  it('puts each error on the field its input path names', () => {
    const { byField, unowned } = fieldErrorsOf(
      [
        {
          message: 'creditCode（统一社会信用代码）校验位不正确',
          extensions: { code: 'BAD_USER_INPUT', fields: ['input.creditCode'] },
        },
      ],
      form,
    );
    expect(byField.get('creditCode')).toEqual(['creditCode（统一社会信用代码）校验位不正确']);
    expect(unowned).toEqual([]);
  });

  it('splits a message naming several fields into each one’s part', () => {
    const { byField } = fieldErrorsOf(
      [
        {
          message: 'title（标题）长度须为 1 到 120 个字符；priceMin（最低价）不能大于 priceMax（最高价）',
          extensions: { fields: ['title', 'priceMin', 'priceMax'] },
        },
      ],
      form,
    );
    expect(byField.get('title')).toEqual(['title（标题）长度须为 1 到 120 个字符']);
    expect(byField.get('priceMin')).toEqual(['priceMin（最低价）不能大于 priceMax（最高价）']);
    expect(byField.get('priceMax')).toEqual(['priceMin（最低价）不能大于 priceMax（最高价）']);
  });

  it('uses the API’s one-message-per-field list when it gives one', () => {
    const { byField } = fieldErrorsOf(
      [
        {
          message: '输入有误：标题不能为空；最低价不能大于最高价',
          extensions: {
            fields: ['title', 'priceMin'],
            fieldErrors: [
              { field: 'title', message: '标题不能为空' },
              { field: 'priceMin', message: '最低价不能大于最高价' },
            ],
          },
        },
      ],
      form,
    );
    expect(byField.get('title')).toEqual(['标题不能为空']);
    expect(byField.get('priceMin')).toEqual(['最低价不能大于最高价']);
  });

  it('leaves errors for fields the form does not have, or without fields, to the caller', () => {
    const { byField, unowned } = fieldErrorsOf(
      [
        { message: '没有权限', extensions: { code: 'FORBIDDEN' } },
        { message: 'x', extensions: { fields: ['input.nothere'] } },
      ],
      form,
    );
    expect(byField.size).toBe(0);
    expect(unowned).toEqual(['没有权限', 'x']);
  });
});
