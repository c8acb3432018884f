// The API's list of kinds, read from its own module: a kind the API gains without a label here fails.
import { NOTIFICATION_KINDS as API_KINDS } from '../../../../../../libs/notifications/src/notification-kinds';
import { kindLabel, NOTIFICATION_KINDS, refsOf, staleFieldsOf, targetOf } from './kinds';

describe('notification kinds', () => {
  it('labels known kinds and leaves unknown ones unlabelled', () => {
    expect(kindLabel('MEETING_REQUESTED')).toBe('notification.kind.MEETING_REQUESTED');
    expect(kindLabel('SOMETHING_NEW')).toBeNull();
  });

  it('labels every kind the API sends, and no other', () => {
    expect([...NOTIFICATION_KINDS].sort()).toEqual([...API_KINDS].sort());
    for (const kind of API_KINDS) expect(kindLabel(kind)).toBe(`notification.kind.${kind}`);
  });

  it('reads the ids a notification is about, ignoring junk', () => {
    expect(refsOf('{"eventId":"e1","meetingRequestId":"r1"}')).toEqual({
      eventId: 'e1',
      listingId: undefined,
      meetingRequestId: 'r1',
    });
    expect(refsOf('{"listingIds":["l1","l2"]}').listingId).toBe('l1');
    expect(refsOf('not json')).toEqual({});
    expect(refsOf('{"eventId":5}').eventId).toBeUndefined();
    expect(refsOf(null)).toEqual({});
  });

  it('leads each kind to the page where it is answered', () => {
    expect(targetOf('MATCH_SUGGESTED', '{"listingIds":["l1"]}')).toBe('/listings/l1');
    expect(targetOf('MEETING_REQUESTED', '{"eventId":"e1"}')).toBe('/events/e1/requests');
    expect(targetOf('MEETING_SCHEDULED', '{"eventId":"e1"}')).toBe('/events/e1/agenda');
    expect(targetOf('MEETING_CANCELLED', '{"eventId":"e1"}')).toBe('/events/e1/agenda');
    expect(targetOf('DEAL_CONFIRMATION_REQUESTED', '{"eventId":"e1","dealId":"d1"}')).toBe('/events/e1/deals');
    expect(targetOf('LISTING_PROPOSED', '{"eventId":"e1","importId":"i1"}')).toBe('/listings');
    // Financing kinds carry the event too, but are answered on the financing pages.
    expect(targetOf('FINANCING_PRODUCT_MATCHED', '{"eventId":"e1"}')).toBe('/finance/needs');
    expect(targetOf('FINANCING_NEED_MATCHED', '{"eventId":"e1"}')).toBe('/finance/products');
    expect(targetOf('TECHNOLOGY_MATCHED', '{"eventId":"e1"}', 'RESEARCH_INSTITUTE')).toBe('/research/results');
    expect(targetOf('TECHNOLOGY_MATCHED', '{"eventId":"e1"}', 'ENTERPRISE')).toBe('/research/needs');
    expect(targetOf('POLICY_ELIGIBLE', '{"policyId":"p1"}')).toBe('/policies');
    expect(targetOf('INVESTMENT_CONTACTED', '{}')).toBe('/investment');
    expect(targetOf('WEBHOOK_DISABLED', null)).toBe('/settings/notifications');
    expect(targetOf('MEETING_REQUESTED', 'not json')).toBeNull();
    for (const kind of API_KINDS) expect(() => targetOf(kind, '{}')).not.toThrow();
  });

  it('says which lists a kind makes stale', () => {
    expect(staleFieldsOf('MATCH_SUGGESTED')).toContain('matchSuggestions');
    expect(staleFieldsOf('MEETING_SCHEDULED')).toContain('myAgenda');
    expect(staleFieldsOf('LISTING_PROPOSED')).toEqual(['listingProposals']);
    expect(staleFieldsOf('ENTERPRISE_CLAIM_APPROVED')).toContain('me');
    expect(staleFieldsOf('WEBHOOK_DISABLED')).toEqual([]);
  });
});
