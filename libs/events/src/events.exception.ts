import type { ApiErrorCode } from '@duijie/common';
import { ApiError } from '@duijie/common';

export enum EventsErrorCode {
  EVENT_NOT_FOUND = 'EVENT_NOT_FOUND',
  NOT_ORGANISER = 'NOT_ORGANISER',
  NO_ENTERPRISE = 'NO_ENTERPRISE',
}

const API_CODE = {
  [EventsErrorCode.EVENT_NOT_FOUND]: 'NOT_FOUND',
  [EventsErrorCode.NOT_ORGANISER]: 'FORBIDDEN',
  [EventsErrorCode.NO_ENTERPRISE]: 'FORBIDDEN',
} as const satisfies Record<EventsErrorCode, ApiErrorCode>;

export class EventsException extends ApiError {
  constructor(reason: EventsErrorCode, message: string) {
    super(API_CODE[reason], message, { reason });
  }
}
