import type { ColumnField } from './columns';
import { HEADER_OF } from './columns';
import type { ListingImportEntity } from './listing-import.entity';
import type { SkippedRow } from './parse';
import type { InferredCategory, PlannedRow, RowError } from './row-rules';
import { creditCodeKey } from './row-rules';

/** A correction the organiser makes in the preview, passed again to the commit. */
export interface ImportCorrection {
  row: number;
  /** Needed only when the row number is on several sheets of the workbook. */
  sheet?: string | null;
  categoryCode?: string | null;
  regionCode?: string | null;
  kind?: 'SUPPLY' | 'DEMAND' | null;
}

/** One row as the import would take it: ACCEPT with its warnings, or REJECT with every reason. */
export interface RowPreview {
  row: number;
  /** The workbook sheet the row is on; null for a CSV or a one-sheet list. */
  sheet: string | null;
  outcome: 'ACCEPT' | 'REJECT';
  enterpriseName: string | null;
  creditCode: string | null;
  kind: string | null;
  title: string | null;
  categoryCode: string | null;
  inferredCategory: InferredCategory | null;
  regionCode: string | null;
  quantity: number | null;
  unit: string | null;
  priceMin: number | null;
  priceMax: number | null;
  validUntil: string | null;
  description: string | null;
  /** True when the firm (by credit code) is already on the platform. */
  existingEnterprise: boolean;
  errors: RowError[];
  warnings: RowError[];
}

export interface ImportPreview {
  id: string;
  eventId: string;
  filename: string;
  total: number;
  accepted: number;
  rejected: number;
  /**
   * Rows that are no listing (notes, signatures, 合计) and were left out: known when the file is
   * read (the dry-run upload), null when the stored rows are checked again.
   */
  skipped: number | null;
  skippedRows: SkippedRow[] | null;
  rows: RowPreview[];
}

/** Rows checked between two turns of the event loop: a 20,000-row preview never holds the API. */
const ROWS_PER_TURN = 100;

/** Every stored row checked with planRow, nothing written. */
export async function previewRows(
  imp: ListingImportEntity,
  rows: Record<string, string>[],
  plan: (cells: Partial<Record<ColumnField, string>>, enterpriseRegion: string | null) => PlannedRow,
  regions: Map<string, string>,
  rowKey: string,
  sheetKey: string,
): Promise<ImportPreview> {
  const known = new Map(regions);
  const out: RowPreview[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(previewRow(rows[i]));
  }
  function previewRow(raw: Record<string, string>): RowPreview {
    const cells = raw as Partial<Record<ColumnField, string>>;
    const code = creditCodeKey(cells.creditCode);
    const existing = regions.has(code);
    const planned = plan(cells, known.get(code) ?? null);
    const base = {
      row: Number(raw[rowKey]),
      sheet: raw[sheetKey] ?? null,
      enterpriseName: cells.enterpriseName ?? null,
      creditCode: cells.creditCode ?? null,
      existingEnterprise: existing,
      inferredCategory: planned.inferred,
      warnings: planned.warnings,
    };
    if ('errors' in planned)
      return {
        ...base,
        outcome: 'REJECT' as const,
        kind: null,
        title: cells.title ?? null,
        categoryCode: planned.inferred?.code ?? cells.categoryCode ?? null,
        regionCode: null,
        quantity: null,
        unit: null,
        priceMin: null,
        priceMax: null,
        validUntil: null,
        description: null,
        errors: planned.errors,
      };
    const l = planned.plan.listing;
    // the code as planned: a blank one may have been taken from the firm's other rows
    const firm = creditCodeKey(planned.plan.enterprise.creditCode);
    if (!known.has(firm) && planned.plan.enterprise.regionCode) known.set(firm, planned.plan.enterprise.regionCode);
    return {
      ...base,
      existingEnterprise: regions.has(firm),
      outcome: 'ACCEPT' as const,
      // as the firm is stored: ９１５２…, a lower-case code and spaces read as 9152… in capitals
      creditCode: planned.plan.enterprise.creditCode,
      kind: l.kind,
      title: l.title,
      categoryCode: l.categoryCode,
      regionCode: l.regionCode,
      quantity: l.quantity,
      unit: l.unit,
      priceMin: l.priceMin,
      priceMax: l.priceMax,
      validUntil: l.validUntil,
      description: l.description,
      errors: [],
    };
  }
  sameListingTwice(out);
  const accepted = out.filter((r) => r.outcome === 'ACCEPT').length;
  return {
    id: imp.id,
    eventId: imp.eventId,
    filename: imp.filename,
    total: out.length,
    accepted,
    rejected: out.length - accepted,
    skipped: null,
    skippedRows: null,
    rows: out,
  };
}

/**
 * Rows that are one firm's same listing (its code, kind and title) are one listing when imported: each
 * after the first says so, naming the row it repeats (a row copied twice, a product on two sheets).
 */
function sameListingTwice(rows: RowPreview[]): void {
  const first = new Map<string, RowPreview>();
  for (const r of rows) {
    if (r.outcome !== 'ACCEPT') continue;
    const key = `${r.creditCode}|${r.kind}|${r.title}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    const where =
      earlier.sheet && earlier.sheet !== r.sheet
        ? `工作表“${earlier.sheet}”第 ${earlier.row} 行`
        : `第 ${earlier.row} 行`;
    r.warnings = [
      ...r.warnings,
      { column: HEADER_OF.title, message: `与${where}是同一企业的同一产品，导入时合并为一条，以后一行为准` },
    ];
  }
}
