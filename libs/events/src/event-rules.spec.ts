import type { EventCommitments, EventDraft } from './event-rules';
import { checkEventChange } from './event-rules';

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`);
const draft = (over: Partial<EventDraft> = {}): EventDraft => ({
  title: '对接活动',
  theme: '配套',
  sectors: ['LIQUOR_TOBACCO'],
  categoryCodes: [],
  venue: '仁怀',
  startsAt: at('08:00'),
  endsAt: at('18:00'),
  slotMinutes: 20,
  tables: [
    { label: 'T1', tags: ['interpreter'] },
    { label: 'T2', tags: [] },
  ],
  registrationClosesAt: null,
  maxRequestsPerFirm: 30,
  ...over,
});
const held: EventCommitments = {
  sessions: [{ title: '上午场', startsAt: at('09:00'), endsAt: at('11:00') }],
  meetingTables: [{ label: 'T1', count: 2, first: at('09:20'), last: at('10:20'), tags: ['interpreter'] }],
};
const fields = (before: EventDraft, after: EventDraft, h = held) =>
  checkEventChange(before, after, h)
    .list()
    .map((e) => e.field);

describe('checkEventChange', () => {
  it('accepts a change that keeps every session and meeting', () => {
    expect(
      fields(
        draft(),
        draft({ title: '新名称', endsAt: at('20:00'), tables: [...draft().tables, { label: 'T3', tags: [] }] }),
      ),
    ).toEqual([]);
  });

  it('refuses removing or untagging a table with meetings', () => {
    expect(fields(draft(), draft({ tables: [{ label: 'T2', tags: [] }] }))).toEqual(['tables']);
    expect(fields(draft(), draft({ tables: [{ label: 'T1', tags: [] }] }))).toEqual(['tables']);
  });

  it('refuses dates that leave out a meeting or a session, and a new slot length under meetings', () => {
    expect(fields(draft(), draft({ startsAt: at('09:30'), endsAt: at('10:00') }))).toEqual([
      'startsAt',
      'endsAt',
      'startsAt',
      'endsAt',
    ]);
    expect(fields(draft(), draft({ slotMinutes: 30 }))).toEqual(['slotMinutes']);
  });

  it('keeps the slot limits of existing sessions when nothing is placed', () => {
    const empty = { ...held, meetingTables: [] };
    expect(fields(draft(), draft({ slotMinutes: 30 }), empty)).toEqual([]);
    expect(fields(draft(), draft({ slotMinutes: 180 }), empty)).toEqual(['slotMinutes']);
  });
});
