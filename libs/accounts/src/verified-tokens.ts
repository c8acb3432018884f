/**
 * Access tokens whose signature this process has already checked, so that a logged-in client's
 * every request does not compute the HMAC and parse the token again: the same bytes, signed with
 * the same key, verify the same way. Only the time decides anew, so an entry is answered only
 * before the token's `exp`, and after it the token goes to the full check (which says it expired).
 * The token's version is still checked against its user at every request (the caller's job).
 * At most `max` tokens (the oldest stored goes first).
 */
export class VerifiedTokens<C extends { exp?: number }> {
  private readonly entries = new Map<string, C>();

  constructor(
    readonly max = 10_000,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(token: string): C | undefined {
    const claims = this.entries.get(token);
    if (!claims) return undefined;
    if (typeof claims.exp !== 'number' || this.nowSeconds() >= claims.exp) {
      this.entries.delete(token);
      return undefined;
    }
    return claims;
  }

  /** Claims that the full check (signature, algorithm, expiry) has just accepted for `token`. */
  set(token: string, claims: C): void {
    // A token without an expiry is never kept: the full check decides about it every time.
    if (typeof claims.exp !== 'number') return;
    this.entries.set(token, claims);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
