import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Viewer } from '@duijie/accounts';
import { BadInputError, chineseDate, todayInChina } from '@duijie/common';
import { checkUscc, EnterprisesRepository } from '@duijie/enterprises';
import { EventAccess } from '@duijie/events';
import { NotificationEntity, NotificationProducer } from '@duijie/notifications';
import { recordJobs } from '@duijie/queue';
import { CERTIFICATION_CODES, ReferenceService, sectorOfGroup, UNIT_CODES } from '@duijie/reference';

import {
  ColumnField,
  FIRM_DIRECTORY_KEY,
  FIRM_WRITTEN_KEY,
  HEADER_OF,
  LIST_PLACE_KEY,
  LIST_VALID_UNTIL_KEY,
} from './columns';
import { ChunkResult, ImportActor, ImportsRepository, NOT_YOURS, RowWrite } from './imports.repository';
import { ImportStatus, ListingImportEntity, RowReport } from './listing-import.entity';
import { halfWidth } from './normalise';
import { FileProblem, SkippedRow } from './parse';
import { ImportCorrection, ImportPreview, previewRows } from './preview';
import { listingsProposed } from './proposal-notices';
import {
  countiesOfPlaces,
  countyOfFile,
  countyOfPlaces,
  creditCodeKey,
  ImportReference,
  PlannedRow,
  planRow,
  provinceOfPlaces,
  titlesByFirm,
} from './row-rules';
import { SpreadsheetReader } from './spreadsheet-reader';

/** The note rows a dry run lists (their count is always given): enough to recognise them. */
export const MAX_SKIPPED_SHOWN = 100;

/** Files up to this many rows are imported while the organiser waits; larger ones by the worker. */
export const INLINE_ROWS = 200;
const CHUNK = 200;
const ROW_KEY = '__row';
/** The sheet a stored row came from (absent for a CSV or a one-sheet workbook read before sheets were kept). */
const SHEET_KEY = '__sheet';
/** A stored row's identity: its row number is unique only within its sheet. */
const rowId = (r: Record<string, string>) => `${r[SHEET_KEY] ?? ''}\u0000${r[ROW_KEY]}`;

type EventOfImport = { id: string; title: string };

/** Spreadsheet imports of supply/demand lists into a docking event. */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);
  private readonly ref: ImportReference;

  constructor(
    private readonly repository: ImportsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly access: EventAccess,
    private readonly reference: ReferenceService,
    private readonly notifications: NotificationProducer,
    private readonly reader: SpreadsheetReader,
  ) {
    const places = new Map<string, { code: string; fullName: string }[]>();
    this.ref = {
      hasCategory: (c) => !!reference.category(c),
      hasRegion: (c) => !!reference.region(c),
      units: UNIT_CODES,
      certifications: CERTIFICATION_CODES,
      resolvePlace: (text) => {
        // lists repeat their few places on every row
        let found = places.get(text);
        if (!found) {
          if (places.size >= 10_000) places.clear();
          found = reference.regions
            .resolvePlace(text)
            .map((r) => ({ code: r.code, fullName: reference.regions.fullName(r.code) }));
          places.set(text, found);
        }
        return found;
      },
      countiesOfTownship: (name) =>
        reference.regions
          .countiesOfTownship(name)
          .map((r) => ({ code: r.code, fullName: reference.regions.fullName(r.code) })),
      currentCode: (code) => reference.regions.currentCode(code),
      inferCategories: (evidence) => reference.suggestCategories(evidence, 3),
      categoryCodeOfName: (name) => reference.categoryCodeOfName(name),
    };
  }

  /** Parses the file; small ones are applied at once, large ones queued for the worker. */
  async start(
    viewer: Viewer,
    eventId: string,
    file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<ListingImportEntity> {
    const event = await this.importableEvent(viewer, eventId);
    const { rows } = await this.parseUpload(file);
    const filename = (file!.originalname || 'upload').slice(0, 255);
    return this.queue(viewer, event.id, filename, rows);
  }

  /** Throws unless the viewer may import into the event: called before an upload is read. */
  async authoriseUpload(viewer: Viewer, eventId: string): Promise<void> {
    await this.importableEvent(viewer, eventId);
  }

  /**
   * The viewer's event, if listings may still be imported into it: not once it has ended (its
   * registrations and report are its record: an import would register firms into a past event).
   */
  private async importableEvent(viewer: Viewer, eventId: string) {
    const event = await this.access.organisedEvent(viewer, eventId);
    if (event.endsAt.getTime() < Date.now())
      throw new BadInputError([
        {
          field: 'eventId',
          message: `该活动已于 ${chineseDate(event.endsAt)} 结束，不能再导入供需信息（已结束活动的报名与报告保持不变）`,
        },
      ]);
    return event;
  }

  /**
   * Dry run (试导入): the file is parsed and every row checked as the import would, the rows are
   * kept as a PREVIEW for commitListingImport, and nothing else is written.
   */
  async preview(
    viewer: Viewer,
    eventId: string,
    file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<ImportPreview> {
    const event = await this.importableEvent(viewer, eventId);
    const { rows, skipped } = await this.parseUpload(file);
    const filename = (file!.originalname || 'upload').slice(0, 255);
    const created = await this.repository.create(
      event.id,
      filename,
      rows,
      viewer.userId,
      undefined,
      ImportStatus.PREVIEW,
    );
    return {
      ...(await this.evaluate(created, [])),
      skipped: skipped.length,
      skippedRows: skipped.slice(0, MAX_SKIPPED_SHOWN),
    };
  }

  /** A PREVIEW's rows checked again, with the organiser's corrections applied. */
  async previewOf(viewer: Viewer, importId: string, corrections: ImportCorrection[]): Promise<ImportPreview> {
    return this.evaluate(await this.pendingPreview(viewer, importId), corrections);
  }

  /** Commits a PREVIEW with the organiser's corrections: it runs as an upload would have. */
  async commit(viewer: Viewer, importId: string, corrections: ImportCorrection[]): Promise<ListingImportEntity> {
    const found = await this.pendingPreview(viewer, importId);
    await this.importableEvent(viewer, found.eventId);
    const rows = this.corrected(found, corrections);
    if (!(await this.repository.commitPreview(found.id, rows)))
      throw new BadInputError([{ field: 'id', message: '该预览已提交或已失效' }]);
    if (rows.length <= INLINE_ROWS) {
      await this.run(found.id);
      return (await this.repository.find(found.id))!;
    }
    return this.repository.transaction(async (m) => {
      await recordJobs(m, [{ name: 'listings.import', data: { importId: found.id } }]);
      return (await this.repository.find(found.id))!;
    });
  }

  private async parseUpload(
    file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<{ rows: Record<string, string>[]; skipped: SkippedRow[] }> {
    if (!file)
      throw new BadInputError([
        { field: 'file', message: '请以 multipart/form-data 的 file 字段上传 .xlsx、.xls 或 .csv 文件' },
      ]);
    try {
      const parsed = await this.reader.read(file.buffer);
      return {
        rows: parsed.rows.map((r) => ({
          ...r.cells,
          [ROW_KEY]: String(r.row),
          ...(r.sheet !== null ? { [SHEET_KEY]: r.sheet } : {}),
          ...(r.listValidUntil ? { [LIST_VALID_UNTIL_KEY]: r.listValidUntil } : {}),
          ...(r.listPlace ? { [LIST_PLACE_KEY]: r.listPlace } : {}),
          ...(r.firmFrom ? { [FIRM_WRITTEN_KEY]: r.firmFrom.written, [FIRM_DIRECTORY_KEY]: r.firmFrom.directory } : {}),
        })),
        skipped: parsed.skipped,
      };
    } catch (err) {
      if (err instanceof FileProblem) throw new BadInputError([{ field: 'file', message: err.message }]);
      throw err;
    }
  }

  private async pendingPreview(viewer: Viewer, importId: string): Promise<ListingImportEntity> {
    const found = await this.find(viewer, importId);
    if (!found || found.status !== ImportStatus.PREVIEW || !found.rows)
      throw new BadInputError([{ field: 'id', message: '没有待提交的导入预览（已提交、已失效或不存在）' }]);
    return found;
  }

  /**
   * The stored rows with each correction written into its row (categoryCode, regionCode, kind). A
   * correction names its row by number, and by sheet when the number is on several sheets.
   */
  private corrected(imp: ListingImportEntity, corrections: ImportCorrection[]): Record<string, string>[] {
    const stored = imp.rows ?? [];
    const byId = new Map(stored.map((r) => [rowId(r), r]));
    const errors: { field: string; message: string }[] = [];
    if (corrections.length > byId.size)
      throw new BadInputError([{ field: 'corrections', message: `更正过多：该文件只有 ${byId.size} 个数据行` }]);
    const out = new Map(byId);
    corrections.forEach((c, i) => {
      const candidates = stored.filter(
        (r) => Number(r[ROW_KEY]) === c.row && (c.sheet == null || (r[SHEET_KEY] ?? '') === c.sheet),
      );
      if (candidates.length === 0) {
        errors.push({
          field: `corrections.${i}.row`,
          message: `第 ${c.row} 行${c.sheet != null ? `（工作表“${c.sheet}”）` : ''}不在该文件的数据行中`,
        });
        return;
      }
      if (candidates.length > 1) {
        const sheets = candidates.map((r) => `“${r[SHEET_KEY]}”`).join('、');
        errors.push({
          field: `corrections.${i}.sheet`,
          message: `第 ${c.row} 行在工作表 ${sheets} 中都有，请写明 sheet`,
        });
        return;
      }
      const id = rowId(candidates[0]);
      if (c.categoryCode != null && !this.reference.category(c.categoryCode.trim()))
        errors.push({ field: `corrections.${i}.categoryCode`, message: `“${c.categoryCode}”不是产品类别代码` });
      if (c.regionCode != null && !this.reference.region(c.regionCode.trim()))
        errors.push({ field: `corrections.${i}.regionCode`, message: `“${c.regionCode}”不是 6 位行政区划代码` });
      const next = { ...(out.get(id) as Record<string, string>) };
      if (c.categoryCode != null) next.categoryCode = c.categoryCode.trim();
      if (c.regionCode != null) next.regionCode = c.regionCode.trim();
      if (c.kind != null) next.kind = c.kind === 'DEMAND' ? '需求' : '供应';
      out.set(id, next);
    });
    if (errors.length) throw new BadInputError(errors);
    return [...out.values()];
  }

  private async evaluate(imp: ListingImportEntity, corrections: ImportCorrection[]): Promise<ImportPreview> {
    const rows = this.corrected(imp, corrections);
    const { regions, plan } = await this.rowPlanner(rows);
    const preview = await previewRows(imp, rows, plan, regions, ROW_KEY, SHEET_KEY);
    // what the commit refuses, the preview says: a listing another organiser's import created is not ours
    const accepted = preview.rows.filter((r) => r.outcome === 'ACCEPT');
    const userId = imp.createdByUserId ?? (await this.access.event(imp.eventId)).organiserUserId;
    const foreign = userId
      ? await this.repository.notImportedBy(
          userId,
          accepted.map((r) => ({ creditCode: r.creditCode ?? '', kind: r.kind ?? '', title: r.title ?? '' })),
        )
      : new Set<number>();
    if (!foreign.size) return preview;
    for (const i of foreign)
      Object.assign(accepted[i], { outcome: 'REJECT', errors: [{ column: HEADER_OF.title, message: NOT_YOURS }] });
    const stillAccepted = preview.rows.filter((r) => r.outcome === 'ACCEPT').length;
    return { ...preview, accepted: stillAccepted, rejected: preview.total - stillAccepted };
  }

  /**
   * The rules every row of an import is planned by, with what they need from the whole list and the
   * database: the regions of the firms that exist (by credit code), each firm's other products, the
   * file's province, and the names verified firms bear — a new firm may not take one (it would pass
   * for that firm), as no firm may through the API.
   */
  private async rowPlanner(rows: Record<string, string>[]): Promise<{
    regions: Map<string, string>;
    plan: (cells: Partial<Record<ColumnField, string>>, region: string | null) => PlannedRow;
  }> {
    const codeOf = (cells: Partial<Record<ColumnField, string>>) => creditCodeKey(cells.creditCode);
    const regions = await this.enterprises.regionsByCreditCode([...new Set(rows.map(codeOf))]);
    const nameOf = (cells: Partial<Record<ColumnField, string>>) => halfWidth(cells.enterpriseName ?? '').trim();
    const newNames = [...new Set(rows.filter((r) => !regions.has(codeOf(r))).map(nameOf))];
    const taken = await this.enterprises.verifiedNames(newNames);
    // a name a registered firm bears, unverified, under another code: allowed, said so (it may be that firm, its code mistyped)
    const inUse = await this.enterprises.namesInUse(newNames);
    const firms = titlesByFirm(rows);
    const province = provinceOfPlaces(
      rows.map((r) => r.regionCode),
      this.ref,
    );
    const places = countiesOfPlaces(
      rows.map((r) => r.regionCode),
      this.ref,
      province,
    );
    const county =
      countyOfFile(
        rows.map((r) => r.creditCode),
        this.ref,
      ) ?? countyOfPlaces(places, this.ref);
    const counties = new Set(places.keys());
    // a row that leaves the code blank for a firm the file names with one code elsewhere (its 需求
    // sheet, a later row): that firm's
    const codesByName = new Map<string, Set<string>>();
    for (const r of rows) {
      const code = codeOf(r);
      if (nameOf(r) && checkUscc(code).ok)
        codesByName.set(nameOf(r), (codesByName.get(nameOf(r)) ?? new Set()).add(code));
    }
    const today = todayInChina();
    const plan = (given: Partial<Record<ColumnField, string>>, known: string | null): PlannedRow => {
      const named = given.creditCode?.trim() ? undefined : codesByName.get(nameOf(given));
      const [filled] = named?.size === 1 ? [...named] : [];
      const cells = filled ? { ...given, creditCode: filled } : given;
      const region = known ?? (filled ? (regions.get(filled) ?? null) : null);
      const planned = planRow(cells, this.ref, today, region, firms.get(codeOf(cells)), province, county, counties);
      if (filled)
        planned.warnings.push({
          column: HEADER_OF.creditCode,
          message: `统一社会信用代码未填，按本表中同名企业的代码 ${filled} 导入`,
        });
      const name = nameOf(cells);
      if (region === null && inUse.has(name) && !taken.has(name))
        planned.warnings.push({
          column: HEADER_OF.enterpriseName,
          message: `平台上已有名为“${name}”的企业，统一社会信用代码与本行不同：请核对代码，以免另建一家同名企业`,
        });
      if (region !== null || !taken.has(name)) return planned;
      const error = {
        column: HEADER_OF.enterpriseName,
        message: `“${name}”已是另一家已核验企业的名称，新企业不能使用`,
      };
      return 'errors' in planned
        ? { ...planned, errors: [...planned.errors, error] }
        : { errors: [error], warnings: planned.warnings, inferred: planned.inferred };
    };
    return { regions, plan };
  }

  private async queue(
    viewer: Viewer,
    eventId: string,
    filename: string,
    rows: Record<string, string>[],
  ): Promise<ListingImportEntity> {
    const event = { id: eventId };
    if (rows.length <= INLINE_ROWS) {
      const created = await this.repository.create(event.id, filename, rows, viewer.userId);
      await this.run(created.id);
      return (await this.repository.find(created.id))!;
    }
    return this.repository.transaction(async (m) => {
      const created = await this.repository.create(event.id, filename, rows, viewer.userId, m);
      await recordJobs(m, [{ name: 'listings.import', data: { importId: created.id } }]);
      return created;
    });
  }

  async find(viewer: Viewer, id: string): Promise<ListingImportEntity | null> {
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.repository.find(id) : null;
    if (!found) return null;
    // Another organiser's import is as unknown to them as one that does not exist.
    const event = await this.access.event(found.eventId);
    return this.access.isOrganiser(viewer, event) ? found : null;
  }

  /**
   * Applies the rows in chunks of 200, each chunk in a few set-based statements. Should a chunk
   * fail in the database, it is redone row by row, each row inside a savepoint, so that exactly
   * the faulty rows are reported and every other row is applied whole. Progress is saved per chunk;
   * a retried run resumes after the rows already reported.
   */
  async run(importId: string): Promise<void> {
    if (!(await this.repository.start(importId))) return;
    const imp = (await this.repository.find(importId))!;
    const event = await this.access.event(imp.eventId);
    const by = { userId: imp.createdByUserId ?? event.organiserUserId!, importId: imp.id };
    const rows = imp.rows ?? [];
    const report: RowReport[] = [...imp.report];
    const { regions, plan: planOf } = await this.rowPlanner(rows);
    for (let start = report.length; start < rows.length; start += CHUNK) {
      // keyed by position in the chunk: row numbers repeat across the sheets of a workbook
      const outcomes = new Map<number, RowReport>();
      const writes: { row: number; at: number; write: RowWrite }[] = [];
      const chunk = rows.slice(start, start + CHUNK);
      for (const [at, raw] of chunk.entries()) {
        const row = Number(raw[ROW_KEY]);
        const sheet = raw[SHEET_KEY] !== undefined ? { sheet: raw[SHEET_KEY] } : {};
        const cells = raw as Partial<Record<ColumnField, string>>;
        const code = creditCodeKey(cells.creditCode);
        const planned = planOf(cells, regions.get(code) ?? null);
        if ('errors' in planned) {
          outcomes.set(at, { row, ...sheet, outcome: 'ERROR', errors: planned.errors });
          continue;
        }
        const { plan } = planned;
        // the firm's code as planned: a blank one is taken from the firm's other rows (rowPlanner)
        const firm = creditCodeKey(plan.enterprise.creditCode);
        const region = plan.enterprise.regionCode ?? regions.get(firm)!;
        if (!regions.has(firm)) regions.set(firm, region); // later rows of a new firm may leave the region out
        const category = this.reference.category(plan.listing.categoryCode)!;
        writes.push({
          row,
          at,
          write: {
            enterprise: {
              ...plan.enterprise,
              regionCode: region,
              sector: sectorOfGroup(category.group),
              categoryCode: category.code,
            },
            draft: plan.listing,
            regionGiven: plan.enterprise.regionCode !== null,
          },
        });
      }
      const keys = new Set(
        writes.map((w) => `${w.write.enterprise.creditCode}|${w.write.draft.kind}|${w.write.draft.title}`),
      );
      const together = keys.size === writes.length ? await this.applyTogether(event, by, writes) : null;
      const applied = together ?? (await this.applyOneByOne(event, by, writes));
      applied.forEach((w, i) => {
        const sheet = chunk[writes[i].at][SHEET_KEY];
        outcomes.set(writes[i].at, sheet !== undefined ? { ...w, sheet } : w);
      });
      report.push(...[...outcomes.entries()].sort((x, y) => x[0] - y[0]).map(([, r]) => r));
      await this.repository.progress(this.repository.manager, imp.id, report.length, report);
    }
    await this.repository.finish(imp.id);
  }

  /** The chunk in one transaction of set-based statements; null if the database refused it. */
  private async applyTogether(
    event: EventOfImport,
    by: ImportActor,
    writes: { row: number; write: RowWrite }[],
  ): Promise<RowReport[] | null> {
    if (!writes.length) return [];
    try {
      const { done, notices } = await this.repository.transaction(async (m) => {
        const done = await this.repository.applyChunk(
          m,
          event.id,
          writes.map((w) => w.write),
          by,
        );
        return { done, notices: await this.recordProposals(m, event, by, done) };
      });
      for (const n of notices) await this.notifications.publish(n);
      return done.rows.map((d, i) => ({ row: writes[i].row, ...d }));
    } catch (err) {
      this.logger.warn(`import chunk redone row by row: ${(err as Error).message}`);
      return null;
    }
  }

  /** Row by row, each inside a savepoint: a row the database refuses is reported, the others applied. */
  private async applyOneByOne(
    event: EventOfImport,
    by: ImportActor,
    writes: { row: number; write: RowWrite }[],
  ): Promise<RowReport[]> {
    const { out, notices } = await this.repository.transaction(async (m) => {
      const out: RowReport[] = [];
      const notices: NotificationEntity[] = [];
      for (const { row, write } of writes) {
        const tried = await this.repository.inSavepoint(m, async () => {
          const done = await this.repository.applyChunk(m, event.id, [write], by);
          return { done, recorded: await this.recordProposals(m, event, by, done) };
        });
        if (tried.ok) {
          notices.push(...tried.value.recorded);
          out.push({ row, ...tried.value.done.rows[0] });
        } else {
          this.logger.warn(`import ${by.importId} row ${row}: ${(tried.error as Error).message}`);
          out.push({
            row,
            outcome: 'ERROR',
            errors: [{ column: '（整行）', message: '保存失败，请检查该行后重新导入' }],
          });
        }
      }
      return { out, notices };
    });
    for (const n of notices) await this.notifications.publish(n);
    return out;
  }

  /** One LISTING_PROPOSED notice per firm and import, in the chunk's transaction (new ones answered). */
  private async recordProposals(
    m: EntityManager,
    event: EventOfImport,
    by: ImportActor,
    done: ChunkResult,
  ): Promise<NotificationEntity[]> {
    const out: NotificationEntity[] = [];
    for (const firm of done.proposedTo) {
      const row = await this.notifications.record(m, listingsProposed(event, firm, by.importId));
      if (row) out.push(row);
    }
    return out;
  }

  async fail(importId: string, error: string): Promise<void> {
    await this.repository.fail(importId, error);
  }
}

export { ImportStatus };
