import type { BadInputError } from '@duijie/common';

import { ListingKind } from './listing.enums';
import type { ListingDraft, ListingReference } from './listing-rules';
import { checkListingDraft, expandUnitMultiplier, normaliseDraft } from './listing-rules';

const ref: ListingReference = {
  hasCategory: (c) => ['1512', '3055'].includes(c),
  hasRegion: (c) => ['520000', '520102'].includes(c),
  units: ['吨', '只', '瓶'],
  certifications: ['SC', 'ISO9001'],
};

const draft = (over: Partial<ListingDraft> = {}): ListingDraft => ({
  kind: ListingKind.SUPPLY,
  title: '酱香型白酒玻璃瓶 500ml',
  description: '高白料玻璃，年产能 3000 万只',
  categoryCode: '3055',
  quantity: 3_000_000,
  unit: '只',
  priceMin: 0.8,
  priceMax: 1.2,
  regionCode: '520102',
  certifications: ['ISO9001'],
  validUntil: '2030-12-31',
  confidential: false,
  ...over,
});

function fieldsOf(d: ListingDraft, today = '2026-11-28'): string[] {
  const errors = checkListingDraft(d, ref, today);
  try {
    errors.throwIfAny();
    return [];
  } catch (e) {
    return (e as BadInputError).fieldErrors.map((f) => f.field);
  }
}

describe('listing rules', () => {
  it('accepts a complete, consistent listing and a minimal one (价格面议)', () => {
    expect(fieldsOf(draft())).toEqual([]);
    expect(
      fieldsOf(
        draft({
          description: null,
          quantity: null,
          unit: null,
          priceMin: null,
          priceMax: null,
          certifications: [],
          validUntil: null,
        }),
      ),
    ).toEqual([]);
  });

  it('bounds the title in characters, not bytes', () => {
    expect(fieldsOf(draft({ title: '酒'.repeat(120) }))).toEqual([]);
    expect(fieldsOf(draft({ title: '酒'.repeat(121) }))).toEqual(['title']);
    expect(fieldsOf(normaliseDraft(draft({ title: '   ' })))).toEqual(['title']);
  });

  it('refuses a description over 4000 characters', () => {
    expect(fieldsOf(draft({ description: '瓶'.repeat(4001) }))).toEqual(['description']);
  });

  it('refuses unknown categories, regions, units and certifications', () => {
    expect(fieldsOf(draft({ categoryCode: '9999' }))).toEqual(['categoryCode']);
    expect(fieldsOf(draft({ regionCode: '529999' }))).toEqual(['regionCode']);
    expect(fieldsOf(draft({ unit: '斤' }))).toEqual(['unit']);
    expect(fieldsOf(draft({ certifications: ['ISO9001', 'FDA'] }))).toEqual(['certifications']);
  });

  it('needs a positive quantity with a unit', () => {
    expect(fieldsOf(draft({ quantity: 0 }))).toEqual(['quantity']);
    expect(fieldsOf(draft({ quantity: -5 }))).toEqual(['quantity']);
    expect(fieldsOf(draft({ quantity: Number.NaN }))).toEqual(['quantity']);
    expect(fieldsOf(draft({ unit: null }))).toEqual(['unit']);
  });

  it('needs non-negative prices in order; one bound alone is allowed', () => {
    expect(fieldsOf(draft({ priceMin: 2, priceMax: 1 }))).toEqual(['priceMin']);
    expect(fieldsOf(draft({ priceMin: -1 }))).toEqual(['priceMin']);
    expect(fieldsOf(draft({ priceMin: 1, priceMax: null }))).toEqual([]);
    expect(fieldsOf(draft({ priceMin: null, priceMax: 5 }))).toEqual([]);
  });

  it('refuses a validity date in the past but accepts today', () => {
    expect(fieldsOf(draft({ validUntil: '2026-11-27' }))).toEqual(['validUntil']);
    expect(fieldsOf(draft({ validUntil: '2026-11-28' }))).toEqual([]);
  });

  it('allows confidentiality on demands only', () => {
    expect(fieldsOf(draft({ confidential: true }))).toEqual(['confidential']);
    expect(fieldsOf(draft({ kind: ListingKind.DEMAND, confidential: true }))).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(fieldsOf(draft({ title: '', quantity: 0, priceMin: 9, priceMax: 1 }))).toEqual([
      'title',
      'quantity',
      'priceMin',
    ]);
  });

  it('normalises certification codes and text', () => {
    const d = normaliseDraft(
      draft({ title: '  玻璃瓶 ', certifications: ['iso9001', ' ISO9001', 'sc'], description: '  ' }),
    );
    expect(d.title).toBe('玻璃瓶');
    expect(d.certifications).toEqual(['ISO9001', 'SC']);
    expect(d.description).toBeNull();
  });
});

describe('units written with 万 or 亿', () => {
  const units = [...ref.units, '万千瓦时'];

  it('stores 50 万只 at 3,000 元/万只 as 500,000 只 at 0.3 元/只', () => {
    const d = expandUnitMultiplier(draft({ quantity: 50, unit: '万只', priceMin: 3000, priceMax: 4500 }), units);
    expect(d).toMatchObject({ quantity: 500_000, unit: '只', priceMin: 0.3, priceMax: 0.45 });
    expect(fieldsOf(d)).toEqual([]);
    expect(
      expandUnitMultiplier(draft({ quantity: 1.2, unit: '亿瓶', priceMin: null, priceMax: null }), units),
    ).toMatchObject({ quantity: 120_000_000, unit: '瓶', priceMin: null, priceMax: null });
  });

  it('stores 斤, 公斤 and 万斤 in 千克 (3000 斤 at 4 元/斤 is 1,500 千克 at 8 元/千克), where the table has 千克', () => {
    const withKg = [...units, '千克'];
    expect(expandUnitMultiplier(draft({ quantity: 3000, unit: '斤', priceMin: 4, priceMax: 5 }), withKg)).toMatchObject(
      { quantity: 1500, unit: '千克', priceMin: 8, priceMax: 10 },
    );
    expect(expandUnitMultiplier(draft({ quantity: 25, unit: '公斤' }), withKg)).toMatchObject({
      quantity: 25,
      unit: '千克',
    });
    expect(expandUnitMultiplier(draft({ quantity: 2, unit: '万斤', priceMin: 20_000 }), withKg)).toMatchObject({
      quantity: 10_000,
      unit: '千克',
      priceMin: 4,
    });
    // a 担 of produce is a hundred 斤: 3000 担 at 250 元/担 is 150,000 千克 at 5 元/千克
    expect(expandUnitMultiplier(draft({ quantity: 3000, unit: '担', priceMin: 250 }), withKg)).toMatchObject({
      quantity: 150_000,
      unit: '千克',
      priceMin: 5,
    });
    // Without 千克 in the table there is nothing to store 斤 in.
    expect(expandUnitMultiplier(draft({ quantity: 3, unit: '斤' }), units).unit).toBe('斤');
  });

  it('keeps a unit of the table that starts with 万, and leaves unknown units to be refused', () => {
    expect(expandUnitMultiplier(draft({ quantity: 3, unit: '万千瓦时' }), units).unit).toBe('万千瓦时');
    const d = expandUnitMultiplier(draft({ quantity: 3, unit: '万筐' }), units);
    expect(d.unit).toBe('万筐');
    const errors = checkListingDraft(d, ref, '2026-11-28').list();
    expect(errors).toEqual([
      {
        field: 'unit',
        message: expect.stringContaining(
          '可选：吨、只、瓶；数量大时可在单位前加“万”或“亿”（如 万只、万吨），斤、公斤换算为千克',
        ),
      },
    ]);
  });
});

describe('dates in rule messages', () => {
  it('says the validity date and today in Chinese', () => {
    const [e] = checkListingDraft(draft({ validUntil: '2026-01-05' }), ref, '2026-11-28').list();
    expect(e.message).toBe('validUntil（有效期至 2026年1月5日）不能早于今天（2026年11月28日）');
  });
});
