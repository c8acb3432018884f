import type { Viewer } from '@duijie/accounts';
import { Role } from '@duijie/accounts';

import { ListingKind, ListingStatus } from './listing.enums';
import type { ListingWithEnterprise } from './listing-page-cache';
import { ListingPageCache } from './listing-page-cache';

const FIRM_A = '00000000-0000-4000-8000-00000000000a';
const FIRM_B = '00000000-0000-4000-8000-00000000000b';

let seq = 0;
const row = (over: Partial<ListingWithEnterprise> = {}): ListingWithEnterprise =>
  ({
    id: `l${++seq}`,
    enterpriseId: FIRM_A,
    kind: ListingKind.SUPPLY,
    status: ListingStatus.OPEN,
    confidential: false,
    enterprise: { id: over.enterpriseId ?? FIRM_A, name: 'firm' },
    ...over,
  }) as unknown as ListingWithEnterprise;

const viewer = (role: Role, enterpriseId: string | null = null): Viewer => ({
  userId: 'u',
  email: 'u@duijie.test',
  role,
  enterpriseId,
});

describe('ListingPageCache', () => {
  let now = 0;
  const cache = (size = 5, ttl = 1000) => {
    const c = new ListingPageCache(size, ttl, () => now);
    c.start();
    return c;
  };
  beforeEach(() => (now = 1_000_000));

  it('answers nothing until its listener stands, and forgets the window when it falls', () => {
    const c = new ListingPageCache(5, 1000, () => now);
    c.set([row()], c.begin());
    expect(c.firstPage({ viewer: null, rows: 1 })).toBeUndefined();
    c.start();
    c.set([row()], c.begin());
    expect(c.firstPage({ viewer: null, rows: 1 })).toHaveLength(1);
    c.stop();
    expect(c.isLive).toBe(false);
    expect(c.firstPage({ viewer: null, rows: 1 })).toBeUndefined();
    c.start();
    expect(c.firstPage({ viewer: null, rows: 1 })).toBeUndefined();
  });

  it('drops the window at every change, and a load that raced a change stores nothing', () => {
    const c = cache();
    c.set([row({ title: 'old' })], c.begin());
    expect(c.firstPage({ viewer: null, rows: 1 })?.[0].title).toBe('old');
    c.changed();
    expect(c.firstPage({ viewer: null, rows: 1 })).toBeUndefined();
    const epoch = c.begin();
    c.changed(); // a commit notified while the load was reading
    c.set([row({ title: 'read before the change' })], epoch);
    expect(c.isLoaded).toBe(false);
    expect(c.firstPage({ viewer: null, rows: 1 })).toBeUndefined();
    // A load begun before the listener fell cannot store after it stands again.
    const before = c.begin();
    c.stop();
    c.start();
    c.set([row()], before);
    expect(c.isLoaded).toBe(false);
  });

  it('answers the readers that waited for a raced load from it, unless the listener was lost meanwhile', () => {
    const c = cache(3);
    const mark = c.begin();
    const rows = [row({ title: 'a' }), row({ title: 'b', kind: ListingKind.DEMAND })];
    c.changed(); // a commit notified while the load was reading: the readers came before it
    expect(c.isNewer(c.begin(), mark)).toBe(true);
    c.set(rows, mark);
    expect(c.isLoaded).toBe(false);
    expect(c.answers(mark)).toBe(true);
    expect(c.pageOfLoad(rows, { viewer: null, kind: ListingKind.DEMAND, rows: 2 })?.map((r) => r.title)).toEqual(['b']);
    // Fewer rows than the window holds are all there are; as many may hide more of a kind.
    const full = [row(), row(), row()];
    expect(c.pageOfLoad(full, { viewer: null, kind: ListingKind.DEMAND, rows: 1 })).toBeUndefined();
    const before = c.begin();
    c.stop();
    c.start();
    expect(c.answers(before)).toBe(false);
    expect(c.answers(c.begin())).toBe(true);
  });

  it('keeps the window at most its time to live', () => {
    const c = cache(5, 1000);
    c.set([row()], c.begin());
    now += 999;
    expect(c.firstPage({ viewer: null, rows: 1 })).toHaveLength(1);
    now += 1;
    expect(c.firstPage({ viewer: null, rows: 1 })).toBeUndefined();
  });

  it('answers a page only when the window holds it: a full window that runs out is not the end of the listings', () => {
    const c = cache(3);
    c.set([row(), row(), row()], c.begin());
    expect(c.firstPage({ viewer: null, rows: 3 })).toHaveLength(3);
    expect(c.firstPage({ viewer: null, rows: 4 })).toBeUndefined();
    // Fewer rows than the window's size: that is every listing there is.
    c.set([row(), row()], c.begin());
    expect(c.firstPage({ viewer: null, rows: 21 })).toHaveLength(2);
  });

  it('filters by kind and status in memory', () => {
    const c = cache(4);
    const rows = [
      row({ kind: ListingKind.DEMAND }),
      row(),
      row({ status: ListingStatus.CLOSED }),
      row({ kind: ListingKind.DEMAND }),
    ];
    c.set(rows, c.begin());
    expect(c.firstPage({ viewer: null, kind: ListingKind.DEMAND, rows: 2 })).toEqual([rows[0], rows[3]]);
    expect(c.firstPage({ viewer: null, status: ListingStatus.OPEN, kind: ListingKind.SUPPLY, rows: 1 })).toEqual([
      rows[1],
    ]);
    // Two open supplies asked for, the window (full) holds one: the database decides.
    expect(
      c.firstPage({ viewer: null, status: ListingStatus.OPEN, kind: ListingKind.SUPPLY, rows: 2 }),
    ).toBeUndefined();
  });

  it('applies the access policy to confidential demands: its firm and admins see it, viewers without ties never, the rest ask the database', () => {
    const c = cache(5);
    const secret = row({ enterpriseId: FIRM_B, kind: ListingKind.DEMAND, confidential: true });
    const rows = [secret, row(), row()];
    c.set(rows, c.begin());
    // Anonymous, or logged in without a firm and not an organiser: never visible.
    expect(c.firstPage({ viewer: null, rows: 2 })).toEqual([rows[1], rows[2]]);
    expect(c.firstPage({ viewer: viewer(Role.MEMBER), rows: 2 })).toEqual([rows[1], rows[2]]);
    // Its own firm's member, and an admin: visible.
    expect(c.firstPage({ viewer: viewer(Role.MEMBER, FIRM_B), rows: 2 })).toEqual([secret, rows[1]]);
    expect(c.firstPage({ viewer: viewer(Role.ADMIN), rows: 2 })).toEqual([secret, rows[1]]);
    // Another firm's member (matched with it?) or an organiser (brought to their event?): not from memory.
    expect(c.firstPage({ viewer: viewer(Role.MEMBER, FIRM_A), rows: 2 })).toBeUndefined();
    expect(c.firstPage({ viewer: viewer(Role.ORGANISER), rows: 2 })).toBeUndefined();
    // Beyond the rows asked for, a confidential listing is not in the way.
    c.set([row(), row(), secret], c.begin());
    expect(c.firstPage({ viewer: viewer(Role.MEMBER, FIRM_A), rows: 2 })).toHaveLength(2);
  });

  it('names its window while the same rows answer, and says whether a page came from it without counting', () => {
    const c = cache(5, 1000);
    expect(c.snapshot()).toBeNull();
    c.set([row(), row({ confidential: true, enterpriseId: FIRM_B })], c.begin());
    const window = c.snapshot()!;
    expect(window).not.toBeNull();
    expect(c.snapshot()).toBe(window);
    const hits = c.hits;
    // Complete window (2 < 5 rows): anonymous is answered without the other firm's confidential listing.
    expect(c.wouldAnswer(window, { viewer: null, rows: 3 })).toBe(true);
    // Another firm's member may be tied to it: only the database can say.
    expect(c.wouldAnswer(window, { viewer: viewer(Role.MEMBER, FIRM_A), rows: 3 })).toBe(false);
    expect(c.wouldAnswer(window, { viewer: viewer(Role.MEMBER, FIRM_B), rows: 3 })).toBe(true);
    expect(c.hits).toBe(hits);
    c.changed();
    expect(c.snapshot()).toBeNull();
    expect(c.wouldAnswer(window, { viewer: null, rows: 1 })).toBe(false);
    c.set([row()], c.begin());
    expect(c.snapshot()).not.toBe(window);
    now += 1000;
    expect(c.snapshot()).toBeNull();
    c.set([row()], c.begin());
    c.stop();
    expect(c.snapshot()).toBeNull();
  });

  it('keys viewers by what a page from memory depends on', () => {
    const key = (v: Viewer | null) => ListingPageCache.viewerKey(v);
    expect(key(null)).toBe(key(viewer(Role.MEMBER)));
    expect(key(viewer(Role.ADMIN, FIRM_A))).toBe(key(viewer(Role.ADMIN)));
    expect(
      new Set([
        key(null),
        key(viewer(Role.ORGANISER)),
        key(viewer(Role.MEMBER, FIRM_A)),
        key(viewer(Role.MEMBER, FIRM_B)),
        key(viewer(Role.ADMIN)),
      ]).size,
    ).toBe(5);
    // An organiser of firm A and a member of it are answered the same page from memory.
    expect(key(viewer(Role.ORGANISER, FIRM_A))).toBe(key(viewer(Role.MEMBER, FIRM_A)));
  });
});
