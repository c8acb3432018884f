import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import {
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  isUuid,
  Page,
  pageSize,
  toPage,
  UnauthenticatedError,
} from '@duijie/common';
import { ReferenceService } from '@duijie/reference';

import { DockingEventEntity } from './docking-event.entity';
import { EventCommitmentsPort } from './event-commitments';
import { checkEventChange, checkEventDraft, EventDraft, normaliseEvent } from './event-rules';
import { CreateDockingEventInput, UpdateDockingEventInput } from './events.dto';
import { EventsErrorCode, EventsException } from './events.exception';
import { EventsRepository } from './events.repository';

function draftOf(e: DockingEventEntity): EventDraft {
  return {
    title: e.title,
    theme: e.theme,
    sectors: e.sectors,
    categoryCodes: e.categoryCodes,
    venue: e.venue,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    slotMinutes: e.slotMinutes,
    tables: e.tables,
    registrationClosesAt: e.registrationClosesAt,
    maxRequestsPerFirm: e.maxRequestsPerFirm,
  };
}

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly reference: ReferenceService,
    private readonly commitments: EventCommitmentsPort,
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

  /** Changes what the input names; refuses, naming the field, a change that would orphan sessions or meetings. */
  async update(viewer: Viewer, id: string, input: UpdateDockingEventInput): Promise<DockingEventEntity> {
    const current = await this.get(id);
    if (!current) throw new EventsException(EventsErrorCode.EVENT_NOT_FOUND, '对接活动不存在');
    if (!Access.mayActForEvent(viewer, current))
      throw new EventsException(EventsErrorCode.NOT_ORGANISER, '只有该活动的主办方（或管理员）可以执行此操作');
    return this.events.transaction(async (m) => {
      const locked = (await this.events.lockForUpdate(m, current.id))!;
      const before = draftOf(locked);
      const after = normaliseEvent({
        title: input.title ?? before.title,
        theme: input.theme ?? before.theme,
        sectors: input.sectors ?? before.sectors,
        categoryCodes: input.categoryCodes ?? before.categoryCodes,
        venue: input.venue ?? before.venue,
        startsAt: input.startsAt ?? before.startsAt,
        endsAt: input.endsAt ?? before.endsAt,
        slotMinutes: input.slotMinutes ?? before.slotMinutes,
        tables: input.tables ? input.tables.map((t) => ({ label: t.label, tags: t.tags ?? [] })) : before.tables,
        // Left out: unchanged; null: registration stays open until the event ends.
        registrationClosesAt:
          input.registrationClosesAt === undefined ? before.registrationClosesAt : input.registrationClosesAt,
        maxRequestsPerFirm: input.maxRequestsPerFirm ?? before.maxRequestsPerFirm,
      });
      checkEventDraft(after, (c) => !!this.reference.category(c)).throwIfAny();
      checkEventChange(before, after, await this.commitments.of(m, locked.id)).throwIfAny();
      return this.events.update(m, locked.id, after);
    });
  }

  get(id: string): Promise<DockingEventEntity | null> {
    return isUuid(id) ? this.events.findById(id) : Promise.resolve(null);
  }

  /** Events by id, in any order (for DataLoader batches). */
  getMany(ids: readonly string[]): Promise<DockingEventEntity[]> {
    return this.events.findByIds(ids);
  }

  /** A page of events; with `organisedBy` (a viewer, or null when nobody is logged in), only the ones they created. */
  async list(
    first: number | null | undefined,
    after: string | null | undefined,
    organisedBy?: Viewer | null,
  ): Promise<Page<DockingEventEntity>> {
    if (organisedBy === null) throw new UnauthenticatedError();
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const organiser = organisedBy?.userId;
    const rows = await this.events.page(limit, key ? { startsAt: key.at, id: key.id } : undefined, organiser);
    return toPage(
      rows,
      limit,
      () => this.events.count(organiser),
      (e) => encodeTimeIdCursor(e.startsAt, e.id),
      (e) => e,
      !!key,
    );
  }
}
