import {
  boundShare,
  cellName,
  sessionGrid,
  strayMeetings,
  tableName,
  tableSheets,
  unscheduledRequests,
} from './scheduleGrid';

const at = (hhmm: string) => new Date(`2030-09-15T${hhmm}:00+08:00`).toISOString();
const firm = (name: string) => ({ id: name, name });
const meeting = (id: string, hhmm: string, table: string, requestId: string | null = null) => ({
  id,
  startsAt: at(hhmm),
  table,
  published: false,
  locked: false,
  parties: [firm(`${id}甲`), firm(`${id}乙`)],
  request: requestId ? { id: requestId } : null,
});
const session = { id: 's', title: '上午场', slots: [at('09:00'), at('09:20'), at('09:40')] };
const tables = [
  { label: '1', tags: [] },
  { label: '2', tags: ['interpreter'] },
];

describe('the schedule grid', () => {
  it('names numbered tables 号桌 and cells by table and Shanghai time', () => {
    expect(tableName('3')).toBe('3号桌');
    expect(tableName('贵宾桌A')).toBe('贵宾桌A');
    expect(cellName('3', '2030-09-15T02:00:00.000Z')).toBe('3号桌 10:00');
  });

  it('puts each meeting in the cell of its table and slot, whatever the ISO spelling', () => {
    const m1 = meeting('m1', '09:20', '2');
    const m2 = { ...meeting('m2', '09:00', '1'), startsAt: '2030-09-15T01:00:00Z' };
    const grid = sessionGrid(session, tables, [m1, m2]);
    expect(grid.map((r) => r.table)).toEqual(['1', '2']);
    expect(grid[0].cells.map((c) => c.meeting?.id ?? null)).toEqual(['m2', null, null]);
    expect(grid[1].cells.map((c) => c.meeting?.id ?? null)).toEqual([null, 'm1', null]);
    expect(grid[1].tags).toEqual(['interpreter']);
  });

  it('keeps meetings no cell can hold apart instead of dropping them', () => {
    const inside = meeting('in', '09:00', '1');
    const late = meeting('late', '14:00', '1');
    const gone = meeting('gone', '09:00', '9');
    expect(strayMeetings([session], tables, [inside, late, gone]).map((meeting) => meeting.id)).toEqual([
      'late',
      'gone',
    ]);
  });

  it('lists accepted requests that have no meeting yet', () => {
    const accepted = [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }];
    expect(unscheduledRequests(accepted, [meeting('m', '09:00', '1', 'q2')]).map((q) => q.id)).toEqual(['q1', 'q3']);
  });

  it('says how close the objective came to the bound', () => {
    expect(boundShare(9, 10)).toBe(90);
    expect(boundShare(2.9, 3)).toBe(96.7);
    expect(boundShare(0, 0)).toBe(100);
    expect(boundShare(null, 3)).toBeNull();
  });

  it('gives each table its sheet of meetings in time order', () => {
    const sheets = tableSheets(tables, [
      meeting('b', '09:40', '1'),
      meeting('a', '09:00', '1'),
      meeting('c', '09:20', '2'),
    ]);
    expect(sheets.map((s) => [s.table, s.meetings.map((meeting) => meeting.id)])).toEqual([
      ['1', ['a', 'b']],
      ['2', ['c']],
    ]);
  });
});
