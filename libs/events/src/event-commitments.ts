import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { EventCommitments } from './event-rules';

/** Who can say what hangs on an event: its sessions, meetings and round tables (libs/meetings). */
export interface EventCommitmentSource {
  /** Read in the caller's transaction, which holds the event's lock. */
  commitments(m: EntityManager, eventId: string): Promise<EventCommitments>;
}

/**
 * The port through which updateDockingEvent learns what a change could orphan, without events
 * reading the tables of meetings (which imports events): meetings registers its source at start.
 * With none registered the check cannot be made, and a change is refused rather than let through.
 */
@Injectable()
export class EventCommitmentsPort {
  private source: EventCommitmentSource | null = null;

  register(source: EventCommitmentSource): void {
    this.source = source;
  }

  of(m: EntityManager, eventId: string): Promise<EventCommitments> {
    if (!this.source) throw new Error('EventCommitmentsPort: no source registered (MeetingsModule provides it)');
    return this.source.commitments(m, eventId);
  }
}
