import { loadConfig } from '@duijie/config';

import {
  DEMO_ENTERPRISES,
  DEMO_EVENTS,
  DEMO_ORGANISER,
  DEMO_PASSWORD,
  DEMO_UPCOMING_EVENT,
  demoEmail,
  type DemoEnterprise,
} from './demo-data';
import { firmBelongsToEvent } from './seed-demo-meetings';

/** `npm start`'s own admin when ADMIN_EMAIL / ADMIN_PASSWORD are not set (scripts/start.sh). */
export const START_ADMIN = { email: 'admin@duijie.local', password: 'duijie-admin-2020' };

export interface DemoLogin {
  email: string;
  password: string;
  who: string;
  /** Where the account is in the demo: its events, and what awaits it at the upcoming one. */
  notes: string[];
}

const shortTitle = (title: string) => title.replace(/^贵州省?/, '').replace(/产销对接活动$|供求配套对接活动$/, '');

function firmNotes(e: DemoEnterprise): string[] {
  const firm = {
    sector: e.sector,
    categoryCodes: e.categoryCodes,
    demandCategoryCodes: e.listings.filter((l) => l.kind === 'DEMAND').map((l) => l.categoryCode),
    events: e.events,
  };
  const notes = DEMO_EVENTS.filter((ev) => firmBelongsToEvent(firm, ev)).map((ev) => `2020 ${shortTitle(ev.title)}`);
  const up = DEMO_UPCOMING_EVENT;
  if (firmBelongsToEvent(firm, up)) {
    if (up.unregistered.includes(e.key)) notes.push(`可报名「${up.title}」`);
    else if (up.pendingRegistrations.includes(e.key)) notes.push(`「${up.title}」报名待审核`);
    else if (up.pendingRequestsTo.includes(e.key)) notes.push(`「${up.title}」有待回复的洽谈邀约`);
    else notes.push(`已报名「${up.title}」`);
  }
  return notes;
}

/** Every demo login, from the seed's own data: the admin, the organiser and one per firm. */
export function demoLogins(admin: { email?: string; password?: string } = {}): DemoLogin[] {
  return [
    {
      email: admin.email ?? START_ADMIN.email,
      password: admin.email ? '（ADMIN_PASSWORD 的值）' : START_ADMIN.password,
      who: '平台管理员（ADMIN）',
      notes: [],
    },
    {
      email: DEMO_ORGANISER,
      password: DEMO_PASSWORD,
      who: '主办方：省工信厅 产销对接活动组',
      notes: [`审核「${DEMO_UPCOMING_EVENT.title}」的报名、排洽谈日程`],
    },
    ...DEMO_ENTERPRISES.map((e) => ({
      email: demoEmail(e.key),
      password: DEMO_PASSWORD,
      who: e.name,
      notes: firmNotes(e),
    })),
  ];
}

export function formatDemoLogins(logins: readonly DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  const lines = logins.map(
    (l) => `  ${l.email.padEnd(width)}  ${l.who}${l.notes.length ? `  — ${l.notes.join('；')}` : ''}`,
  );
  return [
    `演示账号（demo logins）：企业与主办方的密码均为 ${DEMO_PASSWORD}；管理员 ${logins[0].email} / ${logins[0].password}`,
    ...lines,
    '',
  ].join('\n');
}

if (require.main === module) {
  const config = loadConfig();
  process.stdout.write(formatDemoLogins(demoLogins({ email: config.adminEmail, password: config.adminPassword })));
}
