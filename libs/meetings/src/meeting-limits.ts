/** Listings one registration may bring to an event (`EventRegistration.listings` returns no more, whatever a row holds). */
export const MAX_REGISTRATION_LISTINGS = 50;
