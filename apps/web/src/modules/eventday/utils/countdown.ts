/** `mm:ss` (or `h:mm:ss` from an hour on) until `target`, never negative: the floor screen's countdown. */
export function formatCountdown(targetMs: number, nowMs: number): string {
  const total = Math.max(0, Math.ceil((targetMs - nowMs) / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}
