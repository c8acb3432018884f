import type { ListingDraft, ListingEntity } from '@duijie/listings';
import { ListingKind, ListingStatus } from '@duijie/listings';

import { keepWhereBlank } from './imports.repository';

const stored = {
  description: '晶白料，瓶重 550g±10g',
  quantity: 2000000,
  unit: '只',
  priceMin: 0.9,
  priceMax: 1.4,
  regionCode: '520382',
  certifications: ['ISO9001'],
  validUntil: '2031-12-31',
  status: ListingStatus.OPEN,
} as unknown as ListingEntity;

const row = (over: Partial<ListingDraft> = {}): ListingDraft => ({
  kind: ListingKind.DEMAND,
  title: '求购 500ml 酱香型白酒玻璃瓶',
  description: null,
  categoryCode: '3055',
  quantity: null,
  unit: null,
  priceMin: null,
  priceMax: null,
  regionCode: '520100',
  certifications: [],
  validUntil: null,
  confidential: false,
  ...over,
});

describe('an import row merged onto the listing it updates', () => {
  it('keeps every stored value where the cell is empty (an import never erases)', () => {
    expect(keepWhereBlank(stored, row(), false)).toEqual({
      ...row(),
      description: stored.description,
      quantity: 2000000,
      unit: '只',
      priceMin: 0.9,
      priceMax: 1.4,
      regionCode: '520382',
      certifications: ['ISO9001'],
      validUntil: '2031-12-31',
    });
  });

  it('takes the cells that are filled, the region only when its cell was', () => {
    const merged = keepWhereBlank(stored, row({ priceMax: 1.2, certifications: ['SC'] }), true);
    expect(merged).toMatchObject({ priceMin: 0.9, priceMax: 1.2, certifications: ['SC'], regionCode: '520100' });
  });
});
