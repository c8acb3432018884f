import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum MeetingsErrorCode {
  REGISTRATION_NOT_FOUND = 'REGISTRATION_NOT_FOUND',
  REQUEST_NOT_FOUND = 'REQUEST_NOT_FOUND',
  MEETING_NOT_FOUND = 'MEETING_NOT_FOUND',
  RUN_NOT_FOUND = 'RUN_NOT_FOUND',
  NOT_INVITEE = 'NOT_INVITEE',
  NOT_REQUESTER = 'NOT_REQUESTER',
  NOT_APPROVED = 'NOT_APPROVED',
  DUPLICATE_REQUEST = 'DUPLICATE_REQUEST',
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  SLOT_TAKEN = 'SLOT_TAKEN',
  BUSY = 'BUSY',
  ROUND_TABLE_NOT_FOUND = 'ROUND_TABLE_NOT_FOUND',
  ROUND_TABLE_FULL = 'ROUND_TABLE_FULL',
  ROUND_TABLE_HOST = 'ROUND_TABLE_HOST',
  ALREADY_SEATED = 'ALREADY_SEATED',
  NOT_SEATED = 'NOT_SEATED',
  ENDED = 'ENDED',
}

const API_CODE = {
  [MeetingsErrorCode.REGISTRATION_NOT_FOUND]: 'NOT_FOUND',
  [MeetingsErrorCode.REQUEST_NOT_FOUND]: 'NOT_FOUND',
  [MeetingsErrorCode.MEETING_NOT_FOUND]: 'NOT_FOUND',
  [MeetingsErrorCode.RUN_NOT_FOUND]: 'NOT_FOUND',
  [MeetingsErrorCode.NOT_INVITEE]: 'FORBIDDEN',
  [MeetingsErrorCode.NOT_REQUESTER]: 'FORBIDDEN',
  [MeetingsErrorCode.NOT_APPROVED]: 'FORBIDDEN',
  [MeetingsErrorCode.DUPLICATE_REQUEST]: 'CONFLICT',
  [MeetingsErrorCode.ALREADY_ANSWERED]: 'CONFLICT',
  [MeetingsErrorCode.SLOT_TAKEN]: 'CONFLICT',
  [MeetingsErrorCode.BUSY]: 'CONFLICT',
  [MeetingsErrorCode.ROUND_TABLE_NOT_FOUND]: 'NOT_FOUND',
  [MeetingsErrorCode.ROUND_TABLE_FULL]: 'CONFLICT',
  [MeetingsErrorCode.ROUND_TABLE_HOST]: 'CONFLICT',
  [MeetingsErrorCode.ALREADY_SEATED]: 'CONFLICT',
  [MeetingsErrorCode.NOT_SEATED]: 'CONFLICT',
  [MeetingsErrorCode.ENDED]: 'CONFLICT',
} as const satisfies Record<MeetingsErrorCode, ApiErrorCode>;

export class MeetingsException extends ApiError {
  constructor(reason: MeetingsErrorCode, message: string) {
    super(API_CODE[reason], message, { reason });
  }
}
