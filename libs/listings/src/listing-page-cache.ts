import type { Viewer } from '@duijie/accounts';
import { Access } from '@duijie/accounts';
import type { EnterpriseEntity } from '@duijie/enterprises';

import type { ListingEntity } from './listing.entity';
import type { ListingKind, ListingStatus } from './listing.enums';

/** A listing row as the first page reads it: with its firm. */
export type ListingWithEnterprise = ListingEntity & { enterprise: EnterpriseEntity };

/** What the cached window can answer: the newest listings, optionally of one kind and status. */
export interface FirstPageQuery {
  viewer: Viewer | null;
  kind?: ListingKind | null;
  status?: ListingStatus | null;
  /** Rows wanted (the page size + 1, which tells whether a next page exists). */
  rows: number;
}

/** Where a load of the window began: the changes and the listener's losses seen by then. */
export interface LoadMark {
  epoch: number;
  losses: number;
}

/**
 * The newest listings (every status, confidential ones too) with their firms, kept in memory so
 * that the first page of `listings`, which every console screen and every visitor reads, costs no
 * round trip to Postgres. It only answers while `live`: while this process hears every committed
 * change to `listing` and `enterprise` (`ListingPageInvalidation`, the `duijie_listings_changed`
 * notification, sent at commit by statement triggers whoever writes: API, worker, CLI, psql).
 *
 * - `changed()` (the notification, or this process' own listing write after its commit) drops the
 *   window; the next read loads it again.
 * - A load begun before a drop may not store what it read (`begin()` / `set(..., mark)`), so a
 *   read that raced a change cannot put the old rows back. The readers that waited for that load
 *   may still be answered from it (`answers(mark)`, `pageOf`): each arrived after the last change
 *   notified before the load began, which is all a window read from memory promises them. Were they
 *   sent to the database one by one instead, a steady trickle of writes (each drops the window)
 *   turned every read that waited on a raced load into a statement of its own: at 1,400 reads/s
 *   with 5 writes/s the api fell behind for good (bench/RESULTS.md, soak).
 * - Losing the listener (`stop()`) empties the cache and stops it until `start()`.
 * - The window is kept at most `ttlMs` besides.
 *
 * Visibility is the access policy's (`Access.listingVisibleSql`): a listing that is not
 * confidential is everyone's; a confidential one is shown from memory only to an admin or a member
 * of its own firm, and left out for viewers who can have no tie to it (anonymous, or logged in
 * without a firm and not an organiser). For a member of another firm or an organiser, a
 * confidential listing in the way of the page means "not answerable here" (whether they were
 * matched with it or organise its event is the database's to say): the page is read from the
 * database.
 */
export class ListingPageCache {
  private window: { rows: ListingWithEnterprise[]; complete: boolean; until: number } | null = null;
  private epoch = 0;
  /** Times the listener was lost: a load begun before a loss may have missed a change. */
  private losses = 0;
  private live = false;
  /** Counted for the tests and the bench: pages answered from memory (or a shared load), and window loads stored. */
  hits = 0;
  loads = 0;

  constructor(
    /**
     * Rows kept: pages up to about 60 (the console asks for 20), with room for confidential ones
     * skipped. Larger pages are read from the database; a larger window would cost every reload
     * (after each change) more than it saves.
     */
    readonly size = 64,
    readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get isLive(): boolean {
    return this.live;
  }

  get isLoaded(): boolean {
    return this.window !== null && this.window.until > this.now();
  }

  /** The listener stands: the cache may answer. */
  start(): void {
    this.live = true;
  }

  /** The listener is gone: forget the window and answer nothing until `start()`. */
  stop(): void {
    this.live = false;
    this.losses += 1;
    this.changed();
  }

  /** A change to listings or firms was committed (by anyone). */
  changed(): void {
    this.epoch += 1;
    this.window = null;
  }

  /** Before reading the window from the database: the mark to hand to `set` and `answers`. */
  begin(): LoadMark {
    return { epoch: this.epoch, losses: this.losses };
  }

  /** Whether a load begun at `mark` is a new one: a change was notified since the other began. */
  isNewer(mark: LoadMark, than: LoadMark): boolean {
    return mark.epoch !== than.epoch || mark.losses !== than.losses;
  }

  /**
   * Whether the readers that waited for a load begun at `mark` may be answered from it: the
   * listener stood all along, so no change went unheard (changes notified meanwhile are not in
   * the way: the readers came before them).
   */
  answers(mark: LoadMark): boolean {
    return this.live && mark.losses === this.losses;
  }

  /**
   * Stores the newest `size` listings (newest first, as read by a load begun at `mark`), unless a
   * change came in between. `rows.length < size` means they are all the listings there are.
   */
  set(rows: ListingWithEnterprise[], mark: LoadMark): void {
    if (!this.live || this.isNewer(this.begin(), mark)) return;
    this.loads += 1;
    this.window = { rows, complete: rows.length < this.size, until: this.now() + this.ttlMs };
  }

  /**
   * The first `q.rows` listings the viewer may see, newest first, or undefined when memory cannot
   * say (not live, not loaded, a confidential listing whose visibility needs the database, or the
   * window ran out first).
   */
  firstPage(q: FirstPageQuery): ListingWithEnterprise[] | undefined {
    if (!this.live || !this.window) return undefined;
    if (this.window.until <= this.now()) {
      this.window = null;
      return undefined;
    }
    const page = pageOf(this.window.rows, this.window.complete, q);
    if (page) this.hits += 1;
    return page;
  }

  /**
   * The window answering now, as an identity: the same object for as long as the same rows answer
   * (a change, a lost listener or the window's end gives another, or null). What is derived from a
   * page read from memory stays true while `snapshot()` is the one it was derived under.
   */
  snapshot(): object | null {
    if (!this.live || !this.window || this.window.until <= this.now()) return null;
    return this.window;
  }

  /**
   * Whether `firstPage(q)` answers from `snapshot` (the current window), without counting a hit:
   * for a reader that wants to know the page came from memory, not the database.
   */
  wouldAnswer(snapshot: object, q: FirstPageQuery): boolean {
    const window = this.window;
    return (
      !!window &&
      window === snapshot &&
      this.snapshot() === snapshot &&
      pageOf(window.rows, window.complete, q) !== undefined
    );
  }

  /**
   * What of a viewer a page from memory depends on (`pageOf`): two viewers with the same key are
   * answered the same page from the same window.
   */
  static viewerKey(viewer: Viewer | null): string {
    if (Access.isAdmin(viewer)) return 'admin';
    return `${viewer?.enterpriseId ?? '-'}:${Access.mayHaveListingTies(viewer) ? 'ties' : 'none'}`;
  }

  /** The page `q` asks for out of rows a load read (the newest `size` listings), or undefined as `firstPage`. */
  pageOfLoad(rows: ListingWithEnterprise[], q: FirstPageQuery): ListingWithEnterprise[] | undefined {
    const page = pageOf(rows, rows.length < this.size, q);
    if (page) this.hits += 1;
    return page;
  }
}

/**
 * The first `q.rows` of `rows` (the newest listings, newest first; `complete` when they are all
 * there are) that the viewer may see, or undefined when they cannot say (see `firstPage`).
 */
function pageOf(
  rows: readonly ListingWithEnterprise[],
  complete: boolean,
  q: FirstPageQuery,
): ListingWithEnterprise[] | undefined {
  const admin = Access.isAdmin(q.viewer);
  const firm = q.viewer?.enterpriseId ?? null;
  // Whether a confidential listing of another firm may still be visible: only the database knows.
  const mayHaveTies = Access.mayHaveListingTies(q.viewer);
  const out: ListingWithEnterprise[] = [];
  for (const row of rows) {
    if (out.length >= q.rows) break;
    if (q.kind && row.kind !== q.kind) continue;
    if (q.status && row.status !== q.status) continue;
    if (row.confidential && !admin && row.enterpriseId !== firm) {
      if (mayHaveTies) return undefined;
      continue;
    }
    out.push(row);
  }
  if (out.length < q.rows && !complete) return undefined;
  return out;
}
