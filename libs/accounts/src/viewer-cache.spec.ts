import { Role } from './role.enum';
import { ViewerCache } from './viewer-cache';

const user = (id: string, tokenVersion = 0) => ({
  viewer: { userId: id, email: `${id}@duijie.test`, role: Role.MEMBER, enterpriseId: null },
  tokenVersion,
  revoked: new Set<string>(),
});

describe('ViewerCache', () => {
  let now = 0;
  const cache = (max = 3, ttl = 1000, pending = 500) => {
    const c = new ViewerCache(max, ttl, pending, () => now);
    c.start();
    return c;
  };
  beforeEach(() => (now = 1_000_000));

  it('answers nothing until its listener stands, and forgets everything when it falls', () => {
    const c = new ViewerCache(3, 1000, 500, () => now);
    c.set('a', user('a'), c.begin());
    expect(c.get('a')).toBeUndefined();
    c.start();
    c.set('a', user('a'), c.begin());
    expect(c.get('a')?.viewer.userId).toBe('a');
    c.stop();
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(0);
    c.start();
    expect(c.get('a')).toBeUndefined();
  });

  it('holds at most `max` users, the oldest stored leaving first, each for at most its time to live', () => {
    const c = cache(3, 1000);
    for (const id of ['a', 'b', 'c', 'd']) c.set(id, user(id), c.begin());
    expect(c.size).toBe(3);
    expect(c.get('a')).toBeUndefined();
    expect(c.get('d')).toBeDefined();
    now += 1000;
    expect(c.get('d')).toBeUndefined();
  });

  it('drops a user on the notification of their change', () => {
    const c = cache();
    c.set('a', user('a', 0), c.begin());
    c.changed('a');
    expect(c.get('a')).toBeUndefined();
    c.set('a', user('a', 1), c.begin());
    expect(c.get('a')?.tokenVersion).toBe(1);
  });

  it('does not store a read that began before a change came in (the old row cannot come back)', () => {
    const c = cache();
    const epoch = c.begin();
    c.changed('b'); // any change, even another user's
    c.set('a', user('a', 0), epoch);
    expect(c.get('a')).toBeUndefined();
  });

  it('keeps a user this process is writing out until the commit is heard, or the write is given up on', () => {
    const c = cache(3, 1000, 500);
    c.set('a', user('a', 0), c.begin());
    c.changing('a');
    expect(c.get('a')).toBeUndefined();
    // Reads before the commit see the old row: they must not be stored.
    c.set('a', user('a', 0), c.begin());
    expect(c.get('a')).toBeUndefined();
    c.changed('a');
    c.set('a', user('a', 1), c.begin());
    expect(c.get('a')?.tokenVersion).toBe(1);
    // A write rolled back sends no notification: the user is cached again after `pendingMs`.
    c.changing('b');
    c.set('b', user('b'), c.begin());
    expect(c.get('b')).toBeUndefined();
    now += 500;
    c.set('b', user('b'), c.begin());
    expect(c.get('b')).toBeDefined();
  });
});
