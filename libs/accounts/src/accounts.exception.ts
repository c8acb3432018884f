import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum AccountErrorCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
}

/** Every account error code maps to one API code; an unmapped code does not compile. */
const API_CODE = {
  [AccountErrorCode.EMAIL_TAKEN]: 'CONFLICT',
  [AccountErrorCode.BAD_CREDENTIALS]: 'UNAUTHENTICATED',
  [AccountErrorCode.TOO_MANY_ATTEMPTS]: 'RATE_LIMITED',
  [AccountErrorCode.USER_NOT_FOUND]: 'NOT_FOUND',
  [AccountErrorCode.PASSWORD_CHANGED]: 'CONFLICT',
} as const satisfies Record<AccountErrorCode, ApiErrorCode>;

export class AccountException extends ApiError {
  constructor(reason: AccountErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(API_CODE[reason], message, { ...extensions, reason });
  }
}
