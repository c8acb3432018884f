import type { GraphQLClient } from './graphql';

/** The listings template's headers as an organiser sees them (the template is checked against these). */
export const TEMPLATE_HEADERS = [
  '企业名称',
  '统一社会信用代码',
  '所在地区代码',
  '类型(供应/需求)',
  '产品名称',
  '产品类别代码',
  '描述',
  '数量',
  '单位',
  '最低价',
  '最高价',
  '认证',
  '有效期至',
];

export type Cell = string | number | null;

/** A CSV (CRLF, quoted where needed) with the template's headers, or others. */
export function templateCsv(rows: Cell[][], headers: string[] = TEMPLATE_HEADERS): string {
  const cell = (c: Cell) =>
    c === null ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c);
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Uploads a listings file to an event as `client` (`?dryRun=true` for a preview); the status and JSON answer. */
export async function uploadListingFile(
  client: GraphQLClient,
  eventId: string,
  data: Buffer | string,
  filename: string,
  query = '',
): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('file', new Blob([data]), filename);
  const res = await fetch(`${client.baseUrl}/events/${eventId}/listings/import${query}`, {
    method: 'POST',
    body: form,
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}
