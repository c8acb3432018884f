/**
 * Whether a cached `registrations(…)` list (its store field name carries its arguments) still holds a
 * registration after a review set it to `status`: a list filtered by another status loses it.
 */
export function listKeepsStatus(storeFieldName: string, status: string): boolean {
  const args = /^registrations\((.*)\)$/.exec(storeFieldName)?.[1];
  if (!args) return true;
  try {
    const filter = (JSON.parse(args) as { status?: string | null }).status;
    return !filter || filter === status;
  } catch {
    return true;
  }
}
