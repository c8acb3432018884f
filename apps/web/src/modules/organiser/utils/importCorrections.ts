import type { ImportCorrectionInput } from '../../../generated/graphql';

/** A row of the file: its sheet (null for a one-sheet list) and its row number. */
export interface RowRef {
  row: number;
  sheet: string | null;
}

/** The key of a row's correction (rows are numbered per sheet). */
export function rowKey(r: RowRef): string {
  return `${r.sheet ?? ''}#${r.row}`;
}

/** The category corrections made in the preview as the API takes them, in file order. */
export function toCorrections(chosen: ReadonlyMap<string, RowRef & { categoryCode: string }>): ImportCorrectionInput[] {
  return [...chosen.values()]
    .sort((a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row)
    .map((c) => ({ row: c.row, sheet: c.sheet, categoryCode: c.categoryCode }));
}

/** A REST error answer (`{ error: { code, message, fields } }`) as GraphQL-shaped errors for applyServerErrors. */
export function restErrors(body: unknown, status: number): { message: string; extensions: Record<string, unknown> }[] {
  const error = (body as { error?: { code?: string; message?: string; fields?: string[] } } | null)?.error;
  return [
    {
      message: error?.message ?? `HTTP ${status}`,
      extensions: { code: error?.code ?? 'INTERNAL_SERVER_ERROR', fields: error?.fields ?? [] },
    },
  ];
}

/** Share of rows processed, 0..100, for the progress bar. */
export function progressPercent(processed: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
}
