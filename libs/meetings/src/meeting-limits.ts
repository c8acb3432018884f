/** Listings one registration may bring to an event (`EventRegistration.listings` returns no more, whatever a row holds). */
export const MAX_REGISTRATION_LISTINGS = 50;

/** 驳回原因: characters an organiser may write to a rejected firm. */
export const MAX_REVIEW_NOTE = 500;
