import { createHash } from 'node:crypto';

import type { ListingDraft } from '@duijie/listings';

/** The fields of a listing that matching reads, minus its validity date (extending it changes nothing material). */
export type MaterialFields = Omit<ListingDraft, 'kind' | 'validUntil' | 'confidential'>;

/** A short digest of the material fields: a dismissed pair returns only when it changes. */
export function fingerprint(l: MaterialFields): string {
  const material = [
    l.title,
    l.description,
    l.categoryCode,
    l.quantity,
    l.unit,
    l.priceMin,
    l.priceMax,
    l.regionCode,
    [...l.certifications].sort(),
  ];
  return createHash('sha1').update(JSON.stringify(material)).digest('base64url').slice(0, 16);
}
