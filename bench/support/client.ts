/**
 * What the benches need to talk to a running API as a client does: one GraphQL request over HTTP
 * (errors thrown with their text), and a valid 统一社会信用代码 for each firm a bench registers.
 */
import { randomInt } from 'node:crypto';

import { USCC_CHARSET, usccCheckChar } from '@duijie/enterprises';

/** POSTs one GraphQL request to `endpoint` (the full /graphql URL) and returns its data; throws on errors. */
export async function postGraphql<T = any>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** A random credit code with a right check character, registered in 南明区 (520102). */
export function randomCreditCode(): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[randomInt(USCC_CHARSET.length)];
  return `91520102${org}` + usccCheckChar(`91520102${org}`);
}

/** The bench admin's token and a docking event of its own, for the import benches (`endpoint`: the full /graphql URL). */
export async function adminWithEvent(endpoint: string, title: string): Promise<{ token: string; event: string }> {
  const token = (
    await postGraphql(
      endpoint,
      `mutation { logIn(input: { email: "bench@duijie.bench", password: "bench-admin-password" }) { accessToken } }`,
    )
  ).logIn.accessToken as string;
  const event = (
    await postGraphql(
      endpoint,
      `mutation($i: CreateDockingEventInput!) { createDockingEvent(input: $i) { id } }`,
      {
        i: {
          title,
          theme: '基准',
          sectors: ['SUPPORTING'],
          venue: '贵阳',
          startsAt: '2030-01-01T09:00:00+08:00',
          endsAt: '2030-01-01T17:00:00+08:00',
          slotMinutes: 20,
          tables: [{ label: 'T1' }],
        },
      },
      token,
    )
  ).createDockingEvent.id as string;
  return { token, event };
}
