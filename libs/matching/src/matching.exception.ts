import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum MatchingErrorCode {
  LISTING_NOT_FOUND = 'LISTING_NOT_FOUND',
  SUGGESTION_NOT_FOUND = 'SUGGESTION_NOT_FOUND',
  ENTERPRISE_NOT_FOUND = 'ENTERPRISE_NOT_FOUND',
  RUN_NOT_FOUND = 'RUN_NOT_FOUND',
  NOT_OWNER = 'NOT_OWNER',
  NOT_A_PARTY = 'NOT_A_PARTY',
}

const API_CODE = {
  [MatchingErrorCode.LISTING_NOT_FOUND]: 'NOT_FOUND',
  [MatchingErrorCode.SUGGESTION_NOT_FOUND]: 'NOT_FOUND',
  [MatchingErrorCode.ENTERPRISE_NOT_FOUND]: 'NOT_FOUND',
  [MatchingErrorCode.RUN_NOT_FOUND]: 'NOT_FOUND',
  [MatchingErrorCode.NOT_OWNER]: 'FORBIDDEN',
  [MatchingErrorCode.NOT_A_PARTY]: 'FORBIDDEN',
} as const satisfies Record<MatchingErrorCode, ApiErrorCode>;

export class MatchingException extends ApiError {
  constructor(reason: MatchingErrorCode, message: string) {
    super(API_CODE[reason], message, { reason });
  }
}
