import type { CreateListingInput, ListingKind, ListingRowFragment } from '../../../generated/graphql';

/** The listing form's values (a date as `YYYY-MM-DD`, a region as its cascader path). */
export interface ListingFormValues {
  kind: ListingKind;
  title: string;
  description?: string | null;
  categoryCode: string;
  quantity?: number | null;
  unit?: string | null;
  priceMin?: number | null;
  priceMax?: number | null;
  region?: string[];
  certifications?: string[];
  validUntil?: string | null;
  confidential?: boolean;
}

/** What the form sends: empty optional fields as null (which clears them on update), trimmed text. */
export function toListingInput(v: ListingFormValues): CreateListingInput {
  const text = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
  return {
    kind: v.kind,
    title: v.title.trim(),
    description: text(v.description),
    categoryCode: v.categoryCode,
    quantity: v.quantity ?? null,
    unit: v.unit ?? null,
    priceMin: v.priceMin ?? null,
    priceMax: v.priceMax ?? null,
    regionCode: v.region?.length ? v.region[v.region.length - 1] : null,
    certifications: v.certifications ?? [],
    validUntil: v.validUntil || null,
    confidential: v.kind === 'DEMAND' ? Boolean(v.confidential) : false,
  };
}

export function toListingFormValues(l: ListingRowFragment, path: (code: string) => string[]): ListingFormValues {
  return {
    kind: l.kind,
    title: l.title,
    description: l.description,
    categoryCode: l.category.code,
    quantity: l.quantity,
    unit: l.unit,
    priceMin: l.priceMin,
    priceMax: l.priceMax,
    region: path(l.region.code),
    certifications: l.certifications,
    validUntil: l.validUntil,
    confidential: l.confidential,
  };
}
