import type { Viewer } from './viewer';

/** A user as a token's check needs them: the viewer and the token version now in force. */
export interface CachedUser {
  viewer: Viewer;
  tokenVersion: number;
  /** The user's sessions ended by logOut (token `sid`s), refused while their tokens last. */
  revoked: ReadonlySet<string>;
}

/**
 * The users that tokens were checked against lately, so that a logged-in request does not read its
 * user again. It only answers while `live`: while this process hears every change to a user at
 * commit (`ViewerInvalidation`, the `duijie_user_changed` notification); losing that connection
 * empties it and stops it until the next LISTEN stands.
 *
 * - `changing(id)`, called by this process' own writes to a user (before their commit), drops the
 *   user and keeps them out until the commit's notification (`changed(id)`) arrives, or
 *   `pendingMs` passes (a rolled-back write sends none): meanwhile every request reads the database.
 * - `changed(id)` (the notification) drops the user.
 * - A read started before any drop may not store what it read (`begin()` / `set(..., epoch)`), so a
 *   lookup that raced a change cannot put the old row back.
 * - At most `max` users (the oldest stored goes first), each for at most `ttlMs`.
 */
export class ViewerCache {
  private readonly entries = new Map<string, CachedUser & { until: number }>();
  private readonly pending = new Map<string, number>();
  private readonly watchers = new Set<(userId: string) => void>();
  private epoch = 0;
  private live = false;

  constructor(
    readonly max = 10_000,
    readonly ttlMs = 60_000,
    readonly pendingMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get isLive(): boolean {
    return this.live;
  }

  /** The listener stands: the cache may answer. */
  start(): void {
    this.live = true;
  }

  /** The listener is gone: forget everything and answer nothing until `start()`. */
  stop(): void {
    this.live = false;
    this.epoch += 1;
    this.entries.clear();
    this.pending.clear();
  }

  get(userId: string): CachedUser | undefined {
    if (!this.live) return undefined;
    const hit = this.entries.get(userId);
    if (!hit) return undefined;
    if (hit.until <= this.now()) {
      this.entries.delete(userId);
      return undefined;
    }
    return hit;
  }

  /** Before reading a user from the database: the mark to hand to `set`. */
  begin(): number {
    return this.epoch;
  }

  /** Stores what a read begun at `epoch` found, unless a change came in between or the user is being changed. */
  set(userId: string, user: CachedUser, epoch: number): void {
    if (!this.live || epoch !== this.epoch) return;
    const pendingUntil = this.pending.get(userId);
    if (pendingUntil !== undefined) {
      if (pendingUntil > this.now()) return;
      this.pending.delete(userId);
    }
    this.entries.delete(userId);
    this.entries.set(userId, { ...user, until: this.now() + this.ttlMs });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** This process is writing the user (its commit's notification will follow). */
  changing(userId: string): void {
    this.epoch += 1;
    this.entries.delete(userId);
    this.pending.set(userId, this.now() + this.pendingMs);
    if (this.pending.size > this.max) this.pending.delete(this.pending.keys().next().value!);
  }

  /** A change to the user was committed (by anyone): dropped, and those watching the user told. */
  changed(userId: string): void {
    this.epoch += 1;
    this.entries.delete(userId);
    this.pending.delete(userId);
    for (const watcher of this.watchers) watcher(userId);
  }

  /**
   * Calls `watcher` with each user a committed change names (a password reset or change, logging out
   * everywhere, a role taken away): live connections check their token again at once rather than at
   * their next periodic check. Returns what stops it.
   */
  watch(watcher: (userId: string) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }
}
