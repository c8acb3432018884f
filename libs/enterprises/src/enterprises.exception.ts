import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum EnterpriseErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  CREDIT_CODE_TAKEN = 'CREDIT_CODE_TAKEN',
  ALREADY_IN_ENTERPRISE = 'ALREADY_IN_ENTERPRISE',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  NOT_A_REVIEWER = 'NOT_A_REVIEWER',
  NOT_A_VERIFIER = 'NOT_A_VERIFIER',
  CLAIM_ANSWERED = 'CLAIM_ANSWERED',
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
}

const API_CODE = {
  [EnterpriseErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [EnterpriseErrorCode.CREDIT_CODE_TAKEN]: 'CONFLICT',
  [EnterpriseErrorCode.ALREADY_IN_ENTERPRISE]: 'CONFLICT',
  [EnterpriseErrorCode.NOT_A_MEMBER]: 'FORBIDDEN',
  [EnterpriseErrorCode.NOT_A_REVIEWER]: 'FORBIDDEN',
  [EnterpriseErrorCode.NOT_A_VERIFIER]: 'FORBIDDEN',
  [EnterpriseErrorCode.CLAIM_ANSWERED]: 'CONFLICT',
  [EnterpriseErrorCode.ALREADY_CLAIMED]: 'CONFLICT',
} as const satisfies Record<EnterpriseErrorCode, ApiErrorCode>;

export class EnterpriseException extends ApiError {
  constructor(reason: EnterpriseErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(API_CODE[reason], message, { ...extensions, reason });
  }
}
