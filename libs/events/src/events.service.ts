import { Injectable } from '@nestjs/common';

import { Viewer } from '@duijie/accounts';
import { decodeTimeIdCursor, encodeTimeIdCursor, isUuid, Page, pageSize, toPage } from '@duijie/common';
import { ReferenceService } from '@duijie/reference';

import { DockingEventEntity } from './docking-event.entity';
import { checkEventDraft, normaliseEvent } from './event-rules';
import { CreateDockingEventInput } from './events.dto';
import { EventsRepository } from './events.repository';

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly reference: ReferenceService,
  ) {}

  async create(viewer: Viewer, input: CreateDockingEventInput): Promise<DockingEventEntity> {
    const draft = normaliseEvent({
      title: input.title,
      theme: input.theme,
      sectors: input.sectors,
      categoryCodes: input.categoryCodes ?? [],
      venue: input.venue,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      slotMinutes: input.slotMinutes,
      tables: input.tables.map((t) => ({ label: t.label, tags: t.tags ?? [] })),
      registrationClosesAt: input.registrationClosesAt ?? null,
      maxRequestsPerFirm: input.maxRequestsPerFirm ?? 30,
    });
    checkEventDraft(draft, (c) => !!this.reference.category(c)).throwIfAny();
    return this.events.insert(draft, viewer.userId);
  }

  get(id: string): Promise<DockingEventEntity | null> {
    return isUuid(id) ? this.events.findById(id) : Promise.resolve(null);
  }

  /** Events by id, in any order (for DataLoader batches). */
  getMany(ids: readonly string[]): Promise<DockingEventEntity[]> {
    return this.events.findByIds(ids);
  }

  async list(first: number | null | undefined, after: string | null | undefined): Promise<Page<DockingEventEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const rows = await this.events.page(limit, key ? { startsAt: key.at, id: key.id } : undefined);
    return toPage(
      rows,
      limit,
      () => this.events.count(),
      (e) => encodeTimeIdCursor(e.startsAt, e.id),
      (e) => e,
      !!key,
    );
  }
}
