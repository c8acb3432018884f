import { Injectable } from '@nestjs/common';

import { Viewer } from '@duijie/accounts';
import {
  badCursor,
  chineseDateTime,
  decodeCursor,
  encodeCursor,
  FieldErrors,
  isUuid,
  Page,
  pageSize,
  toPage,
} from '@duijie/common';
import { ConfigService } from '@duijie/config';
import { EnterprisesRepository } from '@duijie/enterprises';
import { EventAccess } from '@duijie/events';

import { signCheckInCode, verifyCheckInCode } from './check-in-code';
import { CheckInMethod } from './event-check-in.entity';
import { AttendeeRow, EventDayRepository } from './event-day.repository';
import { RegistrationEntity, RegistrationStatus } from './registration.entity';

export interface CheckInOutcome {
  attendee: AttendeeRow;
  alreadyCheckedIn: boolean;
  message: string;
}

/**
 * 签到: organisers (of the event, or admins) check approved firms in at the door, by the firm's
 * check-in code (a QR code on its agenda, typed by a scanner) or by finding it in the list.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly repository: EventDayRepository,
    private readonly access: EventAccess,
    private readonly enterprises: EnterprisesRepository,
    private readonly config: ConfigService,
  ) {}

  /** The caller's firm's code for an event where its registration is approved; null otherwise. */
  async mine(viewer: Viewer, eventId: string): Promise<{ code: string; checkedInAt: Date | null } | null> {
    const event = await this.access.event(eventId);
    if (!viewer.enterpriseId) return null;
    const registration = await this.repository.registrationOf(event.id, viewer.enterpriseId);
    if (registration?.status !== RegistrationStatus.APPROVED) return null;
    const checkIn = await this.repository.checkInOf(event.id, viewer.enterpriseId);
    return {
      code: signCheckInCode(this.config.get('jwtSecret'), registration.id),
      checkedInAt: checkIn?.checkedInAt ?? null,
    };
  }

  /** Checks a firm in by exactly one of `code` and `enterpriseId`; a second check-in says when the first was. */
  async checkIn(
    viewer: Viewer,
    eventId: string,
    code: string | null | undefined,
    enterpriseId: string | null | undefined,
  ): Promise<CheckInOutcome> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const byCode = typeof code === 'string' && code.trim() !== '';
    if (byCode === !!enterpriseId)
      new FieldErrors().add('code', 'code（签到码）与 enterpriseId（企业）须且只能填写一项').throwIfAny();
    let registration: RegistrationEntity | null;
    if (byCode) {
      const id = verifyCheckInCode(this.config.get('jwtSecret'), code);
      registration = id ? await this.repository.registration(id) : null;
      if (!registration) new FieldErrors().add('code', 'code（签到码）无效，请核对后重新扫码').throwIfAny();
      if (registration!.eventId !== event.id)
        new FieldErrors().add('code', 'code（签到码）不属于本活动，请确认企业所持为本次活动的签到码').throwIfAny();
    } else {
      registration = isUuid(enterpriseId!) ? await this.repository.registrationOf(event.id, enterpriseId!) : null;
      if (!registration) new FieldErrors().add('enterpriseId', 'enterpriseId（企业）未报名本活动').throwIfAny();
    }
    const field = byCode ? 'code' : 'enterpriseId';
    if (registration!.status !== RegistrationStatus.APPROVED)
      new FieldErrors().add(field, '该企业的报名未通过审核，不能签到').throwIfAny();
    const { checkIn, already } = await this.repository.checkIn(
      registration!,
      byCode ? CheckInMethod.CODE : CheckInMethod.SEARCH,
      viewer.userId,
    );
    const firm = (await this.enterprises.findByIds([registration!.enterpriseId]))[0];
    return {
      attendee: {
        registrationId: registration!.id,
        enterpriseId: registration!.enterpriseId,
        name: firm.name,
        checkedInAt: checkIn.checkedInAt,
      },
      alreadyCheckedIn: already,
      message: already
        ? `${firm.name} 已签到（${chineseDateTime(checkIn.checkedInAt)}）`
        : `${firm.name} 签到成功（${chineseDateTime(checkIn.checkedInAt)}）`,
    };
  }

  /** The event's approved registrants with their check-ins, by name; `search` matches a name part or a credit code's start. */
  async attendees(
    viewer: Viewer,
    eventId: string,
    search: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<AttendeeRow>> {
    const event = await this.access.organisedEvent(viewer, eventId);
    const limit = pageSize(first);
    const cursor = after ? decodeCursor(after, ['string', 'string']) : null;
    if (cursor && !isUuid(cursor[1] as string)) throw badCursor();
    const term = search?.trim() || null;
    const rows = await this.repository.attendees(
      event.id,
      term,
      cursor ? { name: cursor[0] as string, id: cursor[1] as string } : null,
      limit,
    );
    return toPage(
      rows,
      limit,
      () => this.repository.attendeeCount(event.id, term),
      (r) => encodeCursor([r.name, r.enterpriseId]),
      (r) => r,
      !!cursor,
    );
  }

  async counts(viewer: Viewer, eventId: string): Promise<{ approved: number; checkedIn: number }> {
    const event = await this.access.organisedEvent(viewer, eventId);
    return this.repository.checkInCounts(event.id);
  }
}
