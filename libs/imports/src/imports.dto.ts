import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { StrictDateTime } from '@duijie/common';
import { ListingKind } from '@duijie/listings';

import { ImportStatus, ListingImportEntity, RowReport } from './listing-import.entity';
import type { ImportPreview } from './preview';

registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType('ImportRowError')
export class ImportRowErrorObject {
  @Field(() => String, { description: 'The column header, e.g. 产品类别代码' }) column: string;
  @Field(() => String) message: string;
}

@ObjectType('ImportRowReport')
export class ImportRowReportObject {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' }) row: number;
  @Field(() => String, {
    nullable: true,
    description: 'The workbook sheet of the row, when the list has one sheet per kind',
  })
  sheet: string | null;
  @Field(() => String, {
    description: 'CREATED, UPDATED, UNCHANGED, PROPOSED (the firm has members: a listing proposal it answers) or ERROR',
  })
  outcome: string;
  @Field(() => ID, { nullable: true }) listingId: string | null;
  @Field(() => ID, { nullable: true, description: 'The listing proposal of a row naming a claimed firm' })
  proposalId: string | null;
  @Field(() => [ImportRowErrorObject]) errors: ImportRowErrorObject[];
}

@ObjectType('ListingImport', { description: 'A spreadsheet of supply/demand lists imported into an event' })
export class ListingImportObject {
  @Field(() => ID) id: string;
  @Field(() => ImportStatus) status: ImportStatus;
  @Field(() => String) filename: string;
  @Field(() => Int) total: number;
  @Field(() => Int) processed: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int, { description: 'Rows that became listing proposals to claimed firms' }) proposed: number;
  @Field(() => Int) failed: number;
  /** Every row (the REST answer); GraphQL pages them (`ImportsResolver.rows`). */
  rows: ImportRowReportObject[];
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime, { nullable: true }) finishedAt: Date | null;
}

/** The import as clients see it (GraphQL and the REST answer share it). */
export function toImportObject(i: ListingImportEntity): ListingImportObject {
  const count = (o: RowReport['outcome']) => i.report.filter((r) => r.outcome === o).length;
  return {
    id: i.id,
    status: i.status,
    filename: i.filename,
    total: i.total,
    processed: i.processed,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    proposed: count('PROPOSED'),
    failed: count('ERROR'),
    rows: i.report.map((r) => ({
      row: r.row,
      sheet: r.sheet ?? null,
      outcome: r.outcome,
      listingId: r.listingId ?? null,
      proposalId: r.proposalId ?? null,
      errors: r.errors ?? [],
    })),
    error: i.error,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}

@ObjectType('InferredCategory', { description: 'The category an import row was given from its product words' })
export class InferredCategoryObject {
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => Float, { description: '0..1' }) confidence: number;
}

@ObjectType('ImportSkippedRow', { description: 'A row of the file that is a note, not a listing' })
export class ImportSkippedRowObject {
  @Field(() => String, { nullable: true }) sheet: string | null;
  @Field(() => Int) row: number;
  @Field(() => String, { description: 'The row’s text, for the organiser to check' }) text: string;
}

@ObjectType('ImportRowPreview', { description: 'One row of a dry run: ACCEPT with warnings, or REJECT with reasons' })
export class ImportRowPreviewObject {
  @Field(() => Int, { description: 'Row number in the file' }) row: number;
  @Field(() => String, {
    nullable: true,
    description: 'The workbook sheet of the row (供应 / 需求 …); null for a one-sheet list',
  })
  sheet: string | null;
  @Field(() => String, { description: 'ACCEPT or REJECT' }) outcome: string;
  @Field(() => String, { nullable: true }) enterpriseName: string | null;
  @Field(() => String, { nullable: true }) creditCode: string | null;
  @Field(() => Boolean, { description: 'The firm is already on the platform' }) existingEnterprise: boolean;
  @Field(() => ListingKind, { nullable: true }) kind: ListingKind | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) categoryCode: string | null;
  @Field(() => InferredCategoryObject, { nullable: true, description: 'Set when no 产品类别代码 was given' })
  inferredCategory: InferredCategoryObject | null;
  @Field(() => String, { nullable: true }) regionCode: string | null;
  @Field(() => Float, { nullable: true }) quantity: number | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Float, { nullable: true }) priceMin: number | null;
  @Field(() => Float, { nullable: true }) priceMax: number | null;
  @Field(() => String, { nullable: true }) validUntil: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [ImportRowErrorObject]) errors: ImportRowErrorObject[];
  @Field(() => [ImportRowErrorObject]) warnings: ImportRowErrorObject[];
}

@ObjectType('ListingImportPreview', { description: 'A dry run of an import (试导入): nothing is written' })
export class ListingImportPreviewObject {
  @Field(() => ID, { description: 'The import to pass to commitListingImport' }) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => String) filename: string;
  @Field(() => Int) total: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Rows left out as notes (审核人：…, 合计, 填报说明); known for the uploaded dry run, null when re-checked',
  })
  skipped: number | null;
  @Field(() => [ImportSkippedRowObject], { nullable: true, description: 'The first 100 of them' })
  skippedRows: ImportSkippedRowObject[] | null;
  /** Every row; GraphQL pages them (`ImportPreviewRowsResolver`). */
  rows: ImportRowPreviewObject[];
}

export function toPreviewObject(p: ImportPreview): ListingImportPreviewObject {
  return { ...p, rows: p.rows.map((r) => ({ ...r, kind: (r.kind as ListingKind | null) ?? null })) };
}

/** Checked by the service against the stored rows and the reference data. */
@InputType('ImportCorrectionInput', { description: 'A correction made in the preview, for one row of the file' })
export class ImportCorrectionInput {
  @Field(() => Int, { description: 'Row number in the file' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The sheet, when the row number is on several sheets' })
  sheet?: string | null;

  @Field(() => String, { nullable: true, description: 'The chain category to use instead of the inferred one' })
  categoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A six-digit division code, e.g. for an ambiguous place name' })
  regionCode?: string | null;

  @Field(() => ListingKind, { nullable: true })
  kind?: ListingKind | null;
}
