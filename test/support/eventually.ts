/**
 * Asks `probe` again (every `intervalMs`) until `done` holds for its answer, and returns that
 * answer; after `timeoutMs` it fails, naming what it waited for and the last answer seen. The one
 * way tests wait for the worker, instead of hand-written deadline loops and fixed sleeps.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) {
      const seen = JSON.stringify(value) ?? String(value);
      throw new Error(`${what}: not reached within ${timeoutMs} ms; last seen ${seen.slice(0, 500)}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
