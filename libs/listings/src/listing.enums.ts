import { registerEnumType } from '@nestjs/graphql';

export enum ListingKind {
  /** 供应 */
  SUPPLY = 'SUPPLY',
  /** 需求 */
  DEMAND = 'DEMAND',
}

export enum ListingStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

/** PENDING until the worker has (re)computed the listing's match suggestions. */
export enum MatchingStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
}

registerEnumType(ListingKind, { name: 'ListingKind' });
registerEnumType(ListingStatus, { name: 'ListingStatus' });
registerEnumType(MatchingStatus, { name: 'MatchingStatus' });
