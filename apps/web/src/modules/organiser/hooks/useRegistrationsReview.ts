import { useQuery } from '@apollo/client/react';

import type { RegistrationStatus, Sector } from '../../../generated/graphql';
import { RegistrationsReviewDocument } from '../../../generated/graphql';

/** Registrations in one answer (registrationsReview.graphql asks for this many, within the cost limit). */
export const REVIEW_PAGE = 80;

/** The event's registrations for review, filtered by status and sector, each with its firm and listings. */
export function useRegistrationsReview(eventId: string, status: RegistrationStatus | null, sector: Sector | null) {
  const { data, loading } = useQuery(RegistrationsReviewDocument, { variables: { id: eventId, status, sector } });
  return { registrations: data?.dockingEvent?.registrations ?? [], loading: loading && !data };
}
