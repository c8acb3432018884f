import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ImportStatus, ListingImportEntity, RowReport } from './listing-import.entity';

registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType('ImportRowError')
export class ImportRowErrorObject {
  @Field(() => String, { description: 'The column header, e.g. 产品类别代码' }) column: string;
  @Field(() => String) message: string;
}

@ObjectType('ImportRowReport')
export class ImportRowReportObject {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' }) row: number;
  @Field(() => String, { description: 'CREATED, UPDATED, UNCHANGED or ERROR' }) outcome: string;
  @Field(() => ID, { nullable: true }) listingId: string | null;
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
  @Field(() => Int) failed: number;
  @Field(() => [ImportRowReportObject]) rows: ImportRowReportObject[];
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
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
    failed: count('ERROR'),
    rows: i.report.map((r) => ({
      row: r.row,
      outcome: r.outcome,
      listingId: r.listingId ?? null,
      errors: r.errors ?? [],
    })),
    error: i.error,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}
