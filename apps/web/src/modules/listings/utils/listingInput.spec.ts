import { toListingInput } from './listingInput';

describe('toListingInput', () => {
  it('sends trimmed text, empty optionals as null, the chosen region level, confidential only for demands', () => {
    expect(
      toListingInput({
        kind: 'SUPPLY',
        title: '  白酒瓶 ',
        description: '  ',
        categoryCode: '3054',
        quantity: 3_000_000,
        unit: '只',
        region: ['520000', '520300', '520382'],
        confidential: true,
      }),
    ).toEqual({
      kind: 'SUPPLY',
      title: '白酒瓶',
      description: null,
      categoryCode: '3054',
      quantity: 3_000_000,
      unit: '只',
      priceMin: null,
      priceMax: null,
      regionCode: '520382',
      certifications: [],
      validUntil: null,
      confidential: false,
    });
    expect(
      toListingInput({ kind: 'DEMAND', title: 'x', categoryCode: '1512', confidential: true, region: [] }),
    ).toMatchObject({
      confidential: true,
      regionCode: null,
    });
  });
});
