/** Listings one registration may bring to an event (`EventRegistration.listings` returns no more). */
export const MAX_REGISTRATION_LISTINGS = 50;
