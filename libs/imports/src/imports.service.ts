import { Injectable, Logger } from '@nestjs/common';
import { Viewer } from '@duijie/accounts';
import { BadInputError, todayInChina } from '@duijie/common';
import { ListingReference } from '@duijie/listings';
import { EventAccess } from '@duijie/meetings/event-access';
import { JOB_IDS, QUEUES, recordJobs } from '@duijie/queue';
import { CERTIFICATION_CODES, ReferenceService, UNIT_CODES, sectorOfGroup } from '@duijie/reference';
import { ColumnField } from './columns';
import { ImportsRepository } from './imports.repository';
import { ImportStatus, ListingImportEntity, RowReport } from './listing-import.entity';
import { FileProblem, parseSpreadsheet } from './parse';
import { planRow } from './row-rules';

/** Files up to this many rows are imported while the organiser waits; larger ones by the worker. */
export const INLINE_ROWS = 200;
const CHUNK = 200;
const ROW_KEY = '__row';

/** Spreadsheet imports of supply/demand lists into a docking event. */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly ref: ListingReference;

  constructor(
    private readonly repository: ImportsRepository,
    private readonly access: EventAccess,
    private readonly reference: ReferenceService,
  ) {
    this.ref = { hasCategory: (c) => !!reference.category(c), hasRegion: (c) => !!reference.region(c), units: UNIT_CODES, certifications: CERTIFICATION_CODES };
  }

  /** Parses the file; small ones are applied at once, large ones queued for the worker. */
  async start(viewer: Viewer, eventId: string, file: { buffer: Buffer; originalname: string } | undefined): Promise<ListingImportEntity> {
    const event = await this.access.organisedEvent(viewer, eventId);
    if (!file) throw new BadInputError([{ field: 'file', message: '请以 multipart/form-data 的 file 字段上传 .xlsx 或 .csv 文件' }]);
    let rows: Record<string, string>[];
    try {
      rows = (await parseSpreadsheet(file.buffer)).rows.map((r) => ({ ...r.cells, [ROW_KEY]: String(r.row) }) as Record<string, string>);
    } catch (err) {
      if (err instanceof FileProblem) throw new BadInputError([{ field: 'file', message: err.message }]);
      throw err;
    }
    const filename = (file.originalname || 'upload').slice(0, 255);
    if (rows.length <= INLINE_ROWS) {
      const created = await this.repository.create(event.id, filename, rows, viewer.userId);
      await this.run(created.id);
      return (await this.repository.find(created.id))!;
    }
    return this.repository.transaction(async (m) => {
      const created = await this.repository.create(event.id, filename, rows, viewer.userId, m);
      await recordJobs(m, [{ queue: QUEUES.imports, name: 'listings.import', data: { importId: created.id }, jobId: JOB_IDS.listingsImport(created.id) }]);
      return created;
    });
  }

  async find(viewer: Viewer, id: string): Promise<ListingImportEntity | null> {
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.repository.find(id) : null;
    if (!found) return null;
    await this.access.organisedEvent(viewer, found.eventId);
    return found;
  }

  /**
   * Applies the rows in chunks; each row inside a savepoint, so a row is applied whole or not at
   * all. Progress is saved per chunk; a retried run resumes after the rows already reported.
   */
  async run(importId: string): Promise<void> {
    if (!(await this.repository.start(importId))) return;
    const imp = (await this.repository.find(importId))!;
    const rows = imp.rows ?? [];
    const report: RowReport[] = [...imp.report];
    const regions = await this.repository.regionsByCreditCode([...new Set(rows.map((r) => (r.creditCode ?? '').trim().toUpperCase()))]);
    const today = todayInChina();
    for (let start = report.length; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await this.repository.transaction(async (m) => {
        for (const raw of chunk) {
          const row = Number(raw[ROW_KEY]);
          const cells = raw as Partial<Record<ColumnField, string>>;
          const code = (cells.creditCode ?? '').trim().toUpperCase();
          const planned = planRow(cells, this.ref, today, regions.get(code) ?? null);
          if ('errors' in planned) {
            report.push({ row, outcome: 'ERROR', errors: planned.errors });
            continue;
          }
          const { plan } = planned;
          const region = plan.enterprise.regionCode ?? regions.get(code)!;
          await m.query('SAVEPOINT import_row');
          try {
            const category = this.reference.category(plan.listing.categoryCode)!;
            const done = await this.repository.applyRow(
              m,
              imp.eventId,
              { ...plan.enterprise, regionCode: region, sector: sectorOfGroup(category.group), categoryCode: category.code },
              plan.listing,
            );
            await m.query('RELEASE SAVEPOINT import_row');
            if (!regions.has(code)) regions.set(code, region);
            report.push({ row, outcome: done.outcome, listingId: done.listingId });
          } catch (err) {
            await m.query('ROLLBACK TO SAVEPOINT import_row');
            this.logger.warn(`import ${imp.id} row ${row}: ${(err as Error).message}`);
            report.push({ row, outcome: 'ERROR', errors: [{ column: '（整行）', message: '保存失败，请检查该行后重新导入' }] });
          }
        }
        await this.repository.progress(m, imp.id, report.length, report);
      });
    }
    await this.repository.finish(imp.id);
  }

  async fail(importId: string, error: string): Promise<void> {
    await this.repository.fail(importId, error);
  }
}

export { ImportStatus };
