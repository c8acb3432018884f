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
