/**
 * A query's result while it fetches again: the data it has, else the last it had, unless the fetch failed. Apollo
 * refetches a query whose cached result another operation left incomplete, and in the meantime `data` is undefined;
 * a frame or a form rendered from it would unmount, and what the user had typed would be lost.
 */
export function lastKnown<T>(data: T | undefined, previousData: T | undefined, error: unknown): T | undefined {
  return data ?? (error ? undefined : previousData);
}
