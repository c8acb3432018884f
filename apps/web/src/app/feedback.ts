/**
 * What the Apollo links (outside React) tell the signed-in screens: the session ended, something
 * unexpected failed (with the server's request id), the live connection came back.
 */
export type FeedbackEvent =
  | { kind: 'unauthenticated' }
  | { kind: 'unexpected'; requestId: string | null }
  | { kind: 'network' }
  | { kind: 'reconnected' };

type Listener = (event: FeedbackEvent) => void;
const listeners = new Set<Listener>();

export function emitFeedback(event: FeedbackEvent): void {
  for (const listener of listeners) listener(event);
}

export function onFeedback(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
