import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum ListingErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  NO_ENTERPRISE = 'NO_ENTERPRISE',
  NOT_OWNER = 'NOT_OWNER',
  CLOSED = 'CLOSED',
}

const API_CODE = {
  [ListingErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ListingErrorCode.NO_ENTERPRISE]: 'FORBIDDEN',
  [ListingErrorCode.NOT_OWNER]: 'FORBIDDEN',
  [ListingErrorCode.CLOSED]: 'CONFLICT',
} as const satisfies Record<ListingErrorCode, ApiErrorCode>;

export class ListingException extends ApiError {
  constructor(reason: ListingErrorCode, message: string) {
    super(API_CODE[reason], message, { reason });
  }
}
