import type { RegistrationStatus } from '../../../generated/graphql';
import type { MessageId } from '../../../locales/zh-CN';

export const REGISTRATION_LABELS: Record<RegistrationStatus, MessageId> = {
  PENDING: 'registration.status.PENDING',
  APPROVED: 'registration.status.APPROVED',
  REJECTED: 'registration.status.REJECTED',
};

export const REGISTRATION_COLORS: Record<RegistrationStatus, string> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
};
