/** A meeting request as the overview needs it. */
export interface RequestLike {
  id: string;
  status: string;
  mutual: boolean;
  requester: { id: string; name: string };
  invitee: { id: string; name: string };
}

export interface FirmRequestCount {
  enterpriseId: string;
  name: string;
  sent: number;
  received: number;
  accepted: number;
  /** Sent requests still counting against the event's cap (not declined or cancelled). */
  towardsCap: number;
}

export interface RequestStats {
  byFirm: FirmRequestCount[];
  /** Requests both firms asked for (双向邀约). */
  mutual: RequestLike[];
  /** Accepted requests that no meeting holds yet. */
  unplaced: RequestLike[];
  total: number;
}

const LIVE = new Set(['PENDING', 'ACCEPTED']);

/** Counts per firm (most active first), mutual pairs and accepted requests without a slot. */
export function requestStats(requests: readonly RequestLike[], placedRequestIds: ReadonlySet<string>): RequestStats {
  const firms = new Map<string, FirmRequestCount>();
  const firm = (f: { id: string; name: string }) => {
    let entry = firms.get(f.id);
    if (!entry) {
      entry = { enterpriseId: f.id, name: f.name, sent: 0, received: 0, accepted: 0, towardsCap: 0 };
      firms.set(f.id, entry);
    }
    return entry;
  };
  for (const q of requests) {
    const from = firm(q.requester);
    const to = firm(q.invitee);
    from.sent++;
    to.received++;
    if (LIVE.has(q.status)) from.towardsCap++;
    if (q.status === 'ACCEPTED') {
      from.accepted++;
      to.accepted++;
    }
  }
  const byFirm = [...firms.values()].sort(
    (a, b) => b.sent + b.received - (a.sent + a.received) || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return {
    byFirm,
    mutual: requests.filter((q) => q.mutual && LIVE.has(q.status)),
    unplaced: requests.filter((q) => q.status === 'ACCEPTED' && !placedRequestIds.has(q.id)),
    total: requests.length,
  };
}
