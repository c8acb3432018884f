import { agendaCalendar } from './agenda-ics';
import { slotsOf } from './slots';

describe('agenda calendar', () => {
  const event = {
    id: 'e1',
    title: '白酒企业与包装企业供求配套对接活动;第一场, 仁怀',
    venue: '仁怀市 中国酒都会展中心',
  };
  const entry = {
    id: 'm1',
    startsAt: new Date('2020-08-20T01:30:00Z'),
    endsAt: new Date('2020-08-20T01:50:00Z'),
    table: '02号桌',
    counterpart: '赤水市晶瓷玻璃制品有限公司',
    updatedAt: new Date('2020-08-01T00:00:00Z'),
  };
  const text = agendaCalendar(event, '仁怀市酱源酒业有限公司', [entry]);

  it('writes CRLF lines of at most 75 octets, folded without splitting a character', () => {
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:洽谈：赤水市晶瓷玻璃制品有限公司（02号桌）');
  });

  it('gives local Shanghai times with the zone, and escapes text', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;TZID=Asia/Shanghai:20200820T093000');
    expect(unfolded).toContain('DTEND;TZID=Asia/Shanghai:20200820T095000');
    expect(unfolded).toContain('TZOFFSETTO:+0800');
    expect(unfolded).toContain(
      'X-WR-CALNAME:白酒企业与包装企业供求配套对接活动\\;第一场\\, 仁怀 · 仁怀市酱源酒业有限公司',
    );
    expect(unfolded).toContain('DESCRIPTION:白酒企业与包装企业供求配套对接活动\\;第一场\\, 仁怀\\n洽谈对象');
  });
});

describe('slots', () => {
  it('cuts each session into whole slots, in time order, numbering sessions', () => {
    const slots = slotsOf(
      [
        { id: 'pm', startsAt: new Date('2020-08-20T06:00:00Z'), endsAt: new Date('2020-08-20T06:50:00Z') },
        { id: 'am', startsAt: new Date('2020-08-20T01:00:00Z'), endsAt: new Date('2020-08-20T01:40:00Z') },
      ],
      20,
    );
    expect(slots.map((s) => [s.start.toISOString().slice(11, 16), s.session, s.sessionId])).toEqual([
      ['01:00', 0, 'am'],
      ['01:20', 0, 'am'],
      ['06:00', 1, 'pm'],
      ['06:20', 1, 'pm'],
    ]);
  });
});
