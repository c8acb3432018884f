import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum EnterpriseErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  ALREADY_IN_ENTERPRISE = 'ALREADY_IN_ENTERPRISE',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

const API_CODE = {
  [EnterpriseErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [EnterpriseErrorCode.CREDIT_CODE_TAKEN]: 'CONFLICT',
  [EnterpriseErrorCode.ALREADY_IN_ENTERPRISE]: 'CONFLICT',
  [EnterpriseErrorCode.NOT_A_MEMBER]: 'FORBIDDEN',
} as const satisfies Record<EnterpriseErrorCode, ApiErrorCode>;

export class EnterpriseException extends ApiError {
  constructor(reason: EnterpriseErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(API_CODE[reason], message, { ...extensions, reason });
  }
}
