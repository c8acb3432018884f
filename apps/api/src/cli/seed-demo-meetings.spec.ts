import { DEMO_ENTERPRISES, DEMO_EVENTS, DEMO_UPCOMING_EVENT, ZHENG_CHAN_XUE_JIN_EVENT } from './demo-data';
import { demoLogins, formatDemoLogins } from './demo-logins';
import { firmBelongsToEvent } from './seed-demo-meetings';

const firm = (sector: string, categoryCodes: string[], demandCategoryCodes: string[] = []) => ({
  sector,
  categoryCodes,
  demandCategoryCodes,
});
const liquor = { sectors: ['LIQUOR_TOBACCO', 'SUPPORTING'], categoryCodes: ['1512', '3055'] };

describe('which demo firms belong at an event', () => {
  it('takes firms of the event’s sectors that make or ask for its categories', () => {
    expect(firmBelongsToEvent(firm('SUPPORTING', ['3055']), liquor)).toBe(true);
    expect(firmBelongsToEvent(firm('LIQUOR_TOBACCO', ['9999'], ['3055']), liquor)).toBe(true);
  });

  it('keeps 配套 firms to the event’s own categories, and other sectors out', () => {
    expect(firmBelongsToEvent(firm('SUPPORTING', ['0159']), liquor)).toBe(false);
    expect(firmBelongsToEvent(firm('ECO_FOOD', ['3055'], ['3055']), liquor)).toBe(false);
  });

  it('brings a government body, a bank or a research body to the events it names, and no other', () => {
    const participants = DEMO_ENTERPRISES.filter((e) => e.participantType);
    expect(participants.map((e) => e.participantType).sort()).toEqual([
      'FINANCIAL_INSTITUTION',
      'GOVERNMENT',
      'RESEARCH_INSTITUTE',
    ]);
    for (const e of participants) {
      const f = { sector: e.sector, categoryCodes: e.categoryCodes, demandCategoryCodes: [], events: e.events };
      const at = [...DEMO_EVENTS, DEMO_UPCOMING_EVENT].filter((ev) => firmBelongsToEvent(f, ev));
      expect(at.map((ev) => ev.title)).toEqual([ZHENG_CHAN_XUE_JIN_EVENT]);
    }
  });

  it('puts every demo firm that has an event only where its sector is listed', () => {
    for (const ev of [...DEMO_EVENTS, DEMO_UPCOMING_EVENT])
      for (const e of DEMO_ENTERPRISES) {
        const f = firm(
          e.sector,
          e.categoryCodes,
          e.listings.filter((l) => l.kind === 'DEMAND').map((l) => l.categoryCode),
        );
        if (firmBelongsToEvent(f, ev)) expect(ev.sectors).toContain(e.sector);
      }
  });
});

describe('demo logins', () => {
  it('lists the admin, the organiser and every demo firm once', () => {
    const logins = demoLogins();
    expect(logins).toHaveLength(2 + DEMO_ENTERPRISES.length);
    expect(new Set(logins.map((l) => l.email)).size).toBe(logins.length);
    expect(demoLogins({ email: 'boss@example.cn', password: 'secret-secret' })[0]).toMatchObject({
      email: 'boss@example.cn',
      password: '（ADMIN_PASSWORD 的值）',
    });
    const text = formatDemoLogins(logins);
    expect(text).toContain('glass1@demo.duijie.cn');
    expect(text).toContain(`「${DEMO_UPCOMING_EVENT.title}」有待回复的洽谈邀约`);
  });
});
