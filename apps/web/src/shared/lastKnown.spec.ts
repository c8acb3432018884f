import { lastKnown } from './lastKnown';

describe('a query result while it fetches again', () => {
  it('keeps the last result until the new one arrives, and none once the fetch has failed', () => {
    const before = { me: { id: 'u1' } };
    const after = { me: { id: 'u1', role: 'ORGANISER' } };
    expect(lastKnown(after, before, undefined)).toBe(after);
    // refetching: no data yet, the last result stays
    expect(lastKnown(undefined, before, undefined)).toBe(before);
    // the refetch failed (a session that expired): nothing is kept
    expect(lastKnown(undefined, before, new Error('UNAUTHENTICATED'))).toBeUndefined();
    // a first load has nothing to keep
    expect(lastKnown(undefined, undefined, undefined)).toBeUndefined();
  });
});
