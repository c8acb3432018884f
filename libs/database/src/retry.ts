/** Postgres errors after which the same transaction, run again, may well succeed. */
const TRANSIENT = new Set(['40001' /* serialization_failure */, '40P01' /* deadlock_detected */]);

const codeOf = (err: unknown): string | undefined =>
  (err as { driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;

export function isTransient(err: unknown): boolean {
  return TRANSIENT.has(codeOf(err) ?? '');
}

/**
 * Runs a whole transaction again when Postgres aborted it for a serialization failure or a
 * deadlock (up to `attempts` times, with a short random pause); any other error is thrown at once.
 */
export async function retryTransient<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isTransient(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * attempt));
    }
  }
}
