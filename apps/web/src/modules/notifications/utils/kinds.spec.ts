import { kindLabel, refsOf, staleFieldsOf } from './kinds';

describe('notification kinds', () => {
  it('labels known kinds and leaves unknown ones unlabelled', () => {
    expect(kindLabel('MEETING_REQUESTED')).toBe('notification.kind.MEETING_REQUESTED');
    expect(kindLabel('SOMETHING_NEW')).toBeNull();
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

  it('says which lists a kind makes stale', () => {
    expect(staleFieldsOf('MATCH_SUGGESTED')).toContain('matchSuggestions');
    expect(staleFieldsOf('MEETING_SCHEDULED')).toContain('myAgenda');
    expect(staleFieldsOf('WEBHOOK_DISABLED')).toEqual([]);
  });
});
