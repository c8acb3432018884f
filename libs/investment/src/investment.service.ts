import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { CategorySupplierRow, ChainPanoramaNodeObject, ChainPanoramaService } from '@duijie/chain';
import {
  ApiError,
  badCursor,
  decodeCursor,
  decodeTimeIdCursor,
  encodeCursor,
  encodeTimeIdCursor,
  FieldErrors,
  ForbiddenError,
  isUuid,
  Page,
  pageSize,
  toPage,
} from '@duijie/common';
import { PG, pgCode } from '@duijie/database';
import { EnterpriseEntity, EnterprisesRepository, ParticipantType } from '@duijie/enterprises';
import { EventsService } from '@duijie/events';
import { NotificationProducer } from '@duijie/notifications';
import { DealsService } from '@duijie/outcomes';
import { ReferenceService, regionPrefix, Sector, SECTOR_NAMES } from '@duijie/reference';

import { InvestmentPipelineEntryEntity, InvestmentProjectEntity, PipelineStage } from './investment.entity';
import {
  AddToInvestmentPipelineInput,
  InvestmentProjectInput,
  InvestmentSummaryObject,
  MoveInvestmentPipelineInput,
} from './investment.objects';
import { FigureRow, InvestmentRepository, SummaryScope } from './investment.repository';
import { investmentContacted } from './investment-notices';
import { gapNeed, rankLead } from './lead-ranking';
import { checkStageMove } from './pipeline-rules';

/** At most this many candidate firms are read and ranked for one list of leads or candidates. */
export const LEAD_CAP = 200;
/** The panorama counts at most this many open leads over a region's gap nodes. */
export const LEAD_COUNT_CAP = 1000;

export interface RankedCandidate {
  enterpriseId: string;
  categoryCode: string;
  regionCode: string;
  score: number;
  reasons: string[];
}

/** The participant type of a firm (政府部门, 企业 …). */
function participantTypeOf(firm: EnterpriseEntity): ParticipantType {
  return firm.participantType;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 产业招商: leads from chain gaps, a government body's projects, and its pipeline of candidate firms. */
@Injectable()
export class InvestmentService {
  constructor(
    private readonly repository: InvestmentRepository,
    private readonly chain: ChainPanoramaService,
    private readonly reference: ReferenceService,
    private readonly enterprises: EnterprisesRepository,
    private readonly deals: DealsService,
    private readonly events: EventsService,
    private readonly notifications: NotificationProducer,
  ) {}

  /** The viewer's verified government body, or FORBIDDEN in Chinese. */
  async governmentOf(viewer: Viewer): Promise<EnterpriseEntity> {
    const [firm] = viewer.enterpriseId ? await this.enterprises.findByIds([viewer.enterpriseId]) : [];
    const body = firm
      ? { id: firm.id, participantType: participantTypeOf(firm), verificationStatus: firm.verificationStatus }
      : null;
    if (!Access.mayRunInvestment(viewer, body))
      throw new ForbiddenError('只有已认证的政府部门（参与方类型 GOVERNMENT）可以使用产业招商（线索、项目与招商进度）');
    return firm;
  }

  /** Whether the viewer may see leads (a verified government body's member), without throwing. */
  async mayRun(viewer: Viewer | null): Promise<boolean> {
    if (!viewer?.enterpriseId) return false;
    return this.governmentOf(viewer).then(
      () => true,
      () => false,
    );
  }

  // ── leads ────────────────────────────────────────────────────────────────────────────────────

  /**
   * 招商线索 for a region and sector: the firms outside the region making a category the panorama
   * marks 缺链 there, ranked by fit with reasons; the best LEAD_CAP read, paged on (score, firm, category).
   */
  async leads(
    viewer: Viewer,
    args: {
      regionCode: string;
      sector?: Sector | null;
      categoryCode?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Page<RankedCandidate>> {
    const body = await this.governmentOf(viewer);
    const regionCode = this.chain.checkedRegion(args.regionCode);
    const only = args.categoryCode ? this.chain.checkedCategory(args.categoryCode) : null;
    const gaps = (await this.chain.gapCategories(args.sector ?? null, regionCode)).filter(
      (n) => !only || n.category.code === only,
    );
    const ranked = await this.rankGapSuppliers(body.id, regionCode, gaps);
    return pageRanked(ranked, args.first, args.after);
  }

  private async rankGapSuppliers(
    ownerId: string,
    regionCode: string,
    gaps: ChainPanoramaNodeObject[],
  ): Promise<RankedCandidate[]> {
    if (!gaps.length) return [];
    const suppliers = await this.chain.categorySuppliers(
      gaps.map((g) => g.category.code),
      { outsideRegion: regionCode },
      LEAD_CAP,
    );
    const demands = new Map(gaps.map((g) => [g.category.code, g.openDemands]));
    const regionName = this.reference.region(regionCode)!.name;
    return this.rank(ownerId, regionCode, suppliers, (s) =>
      gapNeed(regionName, this.reference.category(s.categoryCode)!.name, demands.get(s.categoryCode) ?? 0),
    );
  }

  private async rank(
    ownerId: string,
    regionCode: string,
    suppliers: CategorySupplierRow[],
    need: (s: CategorySupplierRow) => string,
  ): Promise<RankedCandidate[]> {
    const ids = [...new Set(suppliers.map((s) => s.enterpriseId))];
    const [firms, trade] = await Promise.all([
      this.enterprises.findByIds(ids),
      this.deals.confirmedTradeWithRegion(ids, regionPrefix(regionCode)),
    ]);
    const firmOf = new Map(firms.map((f) => [f.id, f]));
    const tradeOf = new Map(trade.map((t) => [t.enterpriseId, t]));
    const regionName = this.reference.region(regionCode)!.name;
    const certName = new Map(this.reference.certifications().map((c) => [c.code, c.name]));
    return suppliers
      .filter(
        (s) =>
          s.enterpriseId !== ownerId && participantTypeOf(firmOf.get(s.enterpriseId)!) === ParticipantType.ENTERPRISE,
      )
      .map((s) => {
        const r = rankLead({
          supplier: s,
          categoryName: this.reference.category(s.categoryCode)!.name,
          regionCode,
          regionName,
          supplierPlace: this.reference.regionNames(s.regionCode).join('') || s.regionCode,
          need: need(s),
          trade: tradeOf.get(s.enterpriseId) ?? null,
          certificationNames: (c) => certName.get(c) ?? c,
        });
        return { enterpriseId: s.enterpriseId, categoryCode: s.categoryCode, regionCode, ...r };
      })
      .sort(byRank);
  }

  /** Open leads per gap category of a panorama (null unless the viewer runs investment). */
  async openLeadCounts(
    viewer: Viewer | null,
    regionCode: string,
    gapCodes: string[],
  ): Promise<Map<string, number> | null> {
    if (!(await this.mayRun(viewer))) return null;
    const rows = gapCodes.length
      ? await this.chain.categorySuppliers(gapCodes, { outsideRegion: regionCode }, LEAD_COUNT_CAP)
      : [];
    const out = new Map<string, number>();
    for (const r of rows)
      if (r.enterpriseId !== viewer!.enterpriseId) out.set(r.categoryCode, (out.get(r.categoryCode) ?? 0) + 1);
    return out;
  }

  projectCounts(regionCode: string, codes: string[]): Promise<{ code: string; n: number }[]> {
    return this.repository.projectCountsByCategory(regionPrefix(regionCode), codes);
  }

  projectsOnCategory(regionCode: string, code: string, limit: number): Promise<InvestmentProjectEntity[]> {
    return this.repository.projectsOnCategory(regionPrefix(regionCode), code, limit);
  }

  // ── projects ─────────────────────────────────────────────────────────────────────────────────

  async createProject(viewer: Viewer, input: InvestmentProjectInput): Promise<InvestmentProjectEntity> {
    const body = await this.governmentOf(viewer);
    const fields = await this.checkedProject(input, body.id);
    return this.repository.insertProject({ ownerEnterpriseId: body.id, ...fields });
  }

  async updateProject(viewer: Viewer, id: string, input: InvestmentProjectInput): Promise<InvestmentProjectEntity> {
    const body = await this.governmentOf(viewer);
    const project = await this.ownProject(body, id, 'id');
    const fields = await this.checkedProject(input, body.id);
    return this.repository.updateProject(project.id, fields);
  }

  async project(id: string): Promise<InvestmentProjectEntity> {
    const p = isUuid(id) ? await this.repository.project(id) : null;
    if (!p) throw new ApiError('NOT_FOUND', '招商项目不存在');
    return p;
  }

  projectsByIds(ids: readonly string[]): Promise<InvestmentProjectEntity[]> {
    return this.repository.projectsByIds(ids);
  }

  async projects(
    viewer: Viewer,
    args: {
      regionCode?: string | null;
      categoryCode?: string | null;
      mine?: boolean | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Page<InvestmentProjectEntity>> {
    const limit = pageSize(args.first);
    const key = args.after ? decodeTimeIdCursor(args.after) : undefined;
    const filter = {
      regionPrefix: args.regionCode ? regionPrefix(this.chain.checkedRegion(args.regionCode)) : undefined,
      categoryCode: args.categoryCode ? this.chain.checkedCategory(args.categoryCode) : undefined,
      ownerEnterpriseId: args.mine ? (viewer.enterpriseId ?? '00000000-0000-0000-0000-000000000000') : undefined,
    };
    const { rows, count } = await this.repository.projects(filter, limit, key);
    return toPage(
      rows,
      limit,
      count,
      (p) => encodeTimeIdCursor(p.createdAt, p.id),
      (p) => p,
      !!key,
    );
  }

  /** A project's candidate investors: firms anywhere making its categories, ranked with reasons (its owner only). */
  async projectCandidates(
    viewer: Viewer,
    projectId: string,
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<RankedCandidate>> {
    const body = await this.governmentOf(viewer);
    const project = await this.ownProject(body, projectId, 'projectId');
    const suppliers = await this.chain.categorySuppliers(project.categoryCodes, 'anywhere', LEAD_CAP);
    const ranked = await this.rank(body.id, project.regionCode, suppliers, (s) => {
      const name = this.reference.category(s.categoryCode)?.name ?? s.categoryCode;
      return `招商项目「${project.title}」需要${name}方面的投资方，该企业从事${name}`;
    });
    return pageRanked(ranked, page.first, page.after);
  }

  /**
   * An event a project or an entry names counts it in that event's report: the event must exist and the
   * body must have an approved registration there (an outside tester's body, never at an event, put
   * ¥99,999,999,999,999 into its report through a candidate firm that was).
   */
  private async checkEvent(
    eventId: string | null | undefined,
    parties: readonly string[],
    errors: FieldErrors,
    who: string,
  ): Promise<void> {
    if (!eventId) return;
    if (!(isUuid(eventId) && (await this.events.get(eventId)))) errors.add('eventId', 'eventId（对接活动）不存在');
    else if (!(await this.repository.approvedAt(parties, eventId)))
      errors.add('eventId', `eventId（对接活动）须为${who}报名已通过的活动`);
  }

  private async ownProject(body: EnterpriseEntity, id: string, field: string): Promise<InvestmentProjectEntity> {
    const p = isUuid(id) ? await this.repository.project(id) : null;
    if (!p) new FieldErrors().add(field, `${field}（招商项目）不存在`).throwIfAny();
    if (p!.ownerEnterpriseId !== body.id) throw new ForbiddenError('只有发布该招商项目的政府部门可以执行此操作');
    return p!;
  }

  private async checkedProject(input: InvestmentProjectInput, bodyId: string) {
    const errors = new FieldErrors();
    const title = input.title.trim();
    const description = input.description.trim();
    if (!title) errors.add('title', 'title（项目名称）不能为空');
    if (!description) errors.add('description', 'description（项目简介）不能为空');
    if (!this.reference.region(input.regionCode.trim()))
      errors.add('regionCode', `regionCode（项目所在地）“${input.regionCode}”不是已知的行政区划代码`);
    const codes = [...new Set(input.categoryCodes.map((c) => c.trim()))];
    for (const c of codes)
      if (!this.reference.category(c))
        errors.add('categoryCodes', `categoryCodes（产业链环节）“${c}”不是已知的产业链环节代码`);
    await this.checkEvent(input.eventId, [bodyId], errors, '本部门');
    errors.throwIfAny();
    return {
      title,
      description,
      regionCode: input.regionCode.trim(),
      categoryCodes: codes,
      stage: input.stage,
      plannedInvestmentCny: input.plannedInvestmentCny ?? null,
      contactName: input.contactName?.trim() || null,
      contactPhone: input.contactPhone?.trim() || null,
      eventId: input.eventId ?? null,
    };
  }

  // ── pipeline ─────────────────────────────────────────────────────────────────────────────────

  /** Adds a lead or a project candidate to the viewer's pipeline at IDENTIFIED (the firm is not told). */
  async addToPipeline(viewer: Viewer, input: AddToInvestmentPipelineInput): Promise<InvestmentPipelineEntryEntity> {
    const body = await this.governmentOf(viewer);
    const errors = new FieldErrors();
    const [candidate] = isUuid(input.candidateEnterpriseId)
      ? await this.enterprises.findByIds([input.candidateEnterpriseId])
      : [];
    if (!candidate) errors.add('candidateEnterpriseId', 'candidateEnterpriseId（候选企业）不存在');
    else if (candidate.id === body.id)
      errors.add('candidateEnterpriseId', 'candidateEnterpriseId（候选企业）不能是本部门');
    await this.checkEvent(input.eventId, [body.id], errors, '本部门');
    let regionCode: string | null = null;
    let categoryCode: string | null = null;
    let projectId: string | null = null;
    if (input.projectId) {
      errors.throwIfAny();
      const project = await this.ownProject(body, input.projectId, 'projectId');
      projectId = project.id;
      regionCode = project.regionCode;
      const made = project.categoryCodes.find((c) => candidate.categoryCodes.includes(c));
      categoryCode = input.categoryCode?.trim() || made || project.categoryCodes[0];
      if (!project.categoryCodes.includes(categoryCode))
        errors.add('categoryCode', 'categoryCode（产业链环节）须是该招商项目的环节之一');
    } else {
      regionCode = input.regionCode?.trim() || null;
      categoryCode = input.categoryCode?.trim() || null;
      if (!regionCode || !this.reference.region(regionCode))
        errors.add(
          'regionCode',
          'regionCode（招商地区）须为已知的行政区划代码（线索须给出地区与环节，或给出 projectId）',
        );
      if (!categoryCode || !this.reference.category(categoryCode))
        errors.add('categoryCode', 'categoryCode（缺链环节）须为已知的产业链环节代码');
    }
    errors.throwIfAny();
    try {
      const entry = await this.repository.transaction(async (m) => {
        const e = await this.repository.insertEntry(m, {
          ownerEnterpriseId: body.id,
          candidateEnterpriseId: candidate.id,
          projectId,
          regionCode: regionCode!,
          categoryCode: categoryCode!,
          stage: PipelineStage.IDENTIFIED,
          signedAmountCny: null,
          signedOn: null,
          landedAmountCny: null,
          landedOn: null,
          contactedAt: null,
          eventId: input.eventId ?? null,
          note: input.note?.trim() || null,
        });
        if (!e) throw new ApiError('CONFLICT', '该企业已在本部门的招商进度中（同一线索或项目只登记一次）');
        await this.repository.recordChange(m, {
          entryId: e.id,
          fromStage: null,
          toStage: PipelineStage.IDENTIFIED,
          reason: null,
          userId: viewer.userId,
        });
        return e;
      });
      return entry;
    } catch (err) {
      if (pgCode(err) === PG.UNIQUE_VIOLATION)
        throw new ApiError('CONFLICT', '该企业已在本部门的招商进度中（同一线索或项目只登记一次）');
      throw err;
    }
  }

  /**
   * Moves an entry to another stage (its owner only), by the rules of checkStageMove. Reaching
   * CONTACTED the first time tells the firm (in-app, subscription, webhooks, e-mail), once.
   */
  async move(viewer: Viewer, input: MoveInvestmentPipelineInput): Promise<InvestmentPipelineEntryEntity> {
    const body = await this.governmentOf(viewer);
    const errors = new FieldErrors();
    for (const f of ['signedOn', 'landedOn'] as const)
      if (input[f] && !DATE.test(input[f])) errors.add(f, `${f}（日期）须为 YYYY-MM-DD`);
    errors.throwIfAny();
    if (!isUuid(input.id)) new FieldErrors().add('id', 'id（招商进度）不存在').throwIfAny();
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const { entry, notice } = await this.repository.transaction(async (m) => {
      const e = await this.repository.entry(input.id, m, true);
      if (!e) new FieldErrors().add('id', 'id（招商进度）不存在').throwIfAny();
      if (e!.ownerEnterpriseId !== body.id) throw new ForbiddenError('只有该招商进度所属的政府部门可以推进阶段');
      checkStageMove(e!.stage, input, e!);
      const change: Partial<InvestmentPipelineEntryEntity> = { stage: input.stage };
      if (input.stage === PipelineStage.SIGNED) {
        if (input.signedAmountCny) change.signedAmountCny = input.signedAmountCny;
        change.signedOn = input.signedOn ?? e!.signedOn ?? today;
      }
      if (input.stage === PipelineStage.LANDED) {
        change.landedAmountCny = input.landedAmountCny!;
        change.landedOn = input.landedOn ?? today;
        if (input.signedAmountCny) change.signedAmountCny = input.signedAmountCny;
      }
      if (input.eventId) {
        const errors = new FieldErrors();
        await this.checkEvent(input.eventId, [body.id], errors, '本部门');
        errors.throwIfAny();
        change.eventId = input.eventId;
      }
      const first = input.stage === PipelineStage.CONTACTED && !e!.contactedAt;
      if (first) change.contactedAt = new Date();
      const updated = await this.repository.updateEntry(m, e!.id, change);
      await this.repository.recordChange(m, {
        entryId: e!.id,
        fromStage: e!.stage,
        toStage: input.stage,
        reason: input.reason?.trim() || null,
        userId: viewer.userId,
      });
      const project = updated.projectId ? await this.repository.project(updated.projectId) : null;
      const n = first
        ? await this.notifications.record(
            m,
            investmentContacted(updated, body.name, {
              regionName: this.reference.regionNames(updated.regionCode).join(''),
              categoryName: this.reference.category(updated.categoryCode)?.name ?? updated.categoryCode,
              projectTitle: project?.title ?? null,
            }),
          )
        : null;
      return { entry: updated, notice: n };
    });
    await this.notifications.publish(notice);
    return entry;
  }

  /** The viewer's body's pipeline, most recently changed first. */
  async pipeline(
    viewer: Viewer,
    args: { stage?: PipelineStage | null; projectId?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<InvestmentPipelineEntryEntity>> {
    const body = await this.governmentOf(viewer);
    if (args.projectId && !isUuid(args.projectId))
      new FieldErrors().add('projectId', 'projectId（招商项目）不存在').throwIfAny();
    return this.entries({ ownerEnterpriseId: body.id }, args);
  }

  /** The entries in which the viewer's firm is the candidate, from the moment it was contacted. */
  myContacts(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<InvestmentPipelineEntryEntity>> {
    if (!viewer.enterpriseId) return Promise.resolve(emptyPage());
    return this.entries({ candidateEnterpriseId: viewer.enterpriseId }, args);
  }

  async entry(viewer: Viewer, id: string): Promise<InvestmentPipelineEntryEntity> {
    const e = isUuid(id) ? await this.repository.entry(id) : null;
    // a firm not yet contacted learns nothing, not even that the entry exists
    if (!e || !Access.maySeeInvestmentEntry(viewer, e)) throw new ApiError('NOT_FOUND', '招商进度不存在');
    return e;
  }

  entriesByIds(ids: readonly string[]): Promise<InvestmentPipelineEntryEntity[]> {
    return this.repository.entriesByIds(ids);
  }

  ownerEntriesFor(ownerId: string, candidateIds: string[], on: { regionCode: string } | { projectId: string }) {
    return this.repository.ownerEntriesFor(ownerId, candidateIds, on);
  }

  history(entryId: string) {
    return this.repository.history(entryId);
  }

  private async entries(
    who: { ownerEnterpriseId: string } | { candidateEnterpriseId: string },
    args: { stage?: PipelineStage | null; projectId?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<InvestmentPipelineEntryEntity>> {
    const limit = pageSize(args.first);
    const key = args.after ? decodeTimeIdCursor(args.after) : undefined;
    const { rows, count } = await this.repository.entries(
      who,
      { stage: args.stage ?? undefined, projectId: args.projectId ?? undefined },
      limit,
      key,
    );
    return toPage(
      rows,
      limit,
      count,
      (e) => encodeTimeIdCursor(e.updatedAt, e.id),
      (e) => e,
      !!key,
    );
  }

  // ── figures ──────────────────────────────────────────────────────────────────────────────────

  /** 招商成效 of a docking event: entries carrying its id, signed and landed. */
  async eventSummary(eventId: string): Promise<InvestmentSummaryObject> {
    return this.summaryOf({ eventId }, null);
  }

  /** 招商成效 of a region (and sector): the viewer's body's entries (an admin: everyone's). */
  async regionSummary(
    viewer: Viewer,
    regionCode: string,
    sector: Sector | null | undefined,
  ): Promise<InvestmentSummaryObject> {
    const code = this.chain.checkedRegion(regionCode);
    const owner = Access.isAdmin(viewer) ? null : (await this.governmentOf(viewer)).id;
    return this.summaryOf({ regionPrefix: regionPrefix(code), ownerEnterpriseId: owner }, sector ?? null);
  }

  private async summaryOf(scope: SummaryScope, sector: Sector | null): Promise<InvestmentSummaryObject> {
    const { byCategory, byRegion } = await this.repository.figures(scope);
    const sectorOf = (code: string) => this.reference.category(code)?.sector ?? null;
    const categories = byCategory.filter((r) => !sector || sectorOf(r.key) === sector);
    const sectors = new Map<string, FigureRow>();
    for (const r of categories) {
      const s = sectorOf(r.key);
      if (s) sectors.set(s, add(sectors.get(s) ?? zero(s), r));
    }
    const total = categories.reduce((t, r) => add(t, r), zero(''));
    const regionName = (c: string) => this.reference.regionNames(c).join('') || c;
    return {
      total: { ...total, name: '合计' },
      bySector: [...sectors.values()].map((r) => ({ ...r, name: SECTOR_NAMES[r.key as Sector] ?? r.key })),
      byCategory: categories.map((r) => ({ ...r, name: this.reference.category(r.key)?.name ?? r.key })),
      // a sector filter applies to regions too only through the categories: left whole when no sector is asked
      byRegion: sector ? [] : byRegion.map((r) => ({ ...r, name: regionName(r.key) })),
    };
  }
}

function zero(key: string): FigureRow {
  return { key, signed: 0, signedAmountCny: '0.00', landed: 0, landedAmountCny: '0.00' };
}

/** Sums two figure rows exactly (amounts as cents). */
function add(a: FigureRow, b: FigureRow): FigureRow {
  const cents = (s: string) => {
    const [i, f = ''] = s.split('.');
    return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  };
  const money = (n: bigint) => `${n / 100n}.${String(n % 100n).padStart(2, '0')}`;
  return {
    key: a.key,
    signed: a.signed + b.signed,
    signedAmountCny: money(cents(a.signedAmountCny) + cents(b.signedAmountCny)),
    landed: a.landed + b.landed,
    landedAmountCny: money(cents(a.landedAmountCny) + cents(b.landedAmountCny)),
  };
}

function byRank(a: RankedCandidate, b: RankedCandidate): number {
  return (
    b.score - a.score || a.enterpriseId.localeCompare(b.enterpriseId) || a.categoryCode.localeCompare(b.categoryCode)
  );
}

/** A page of a ranked list; the cursor holds (score, firm, category) of the last row. */
function pageRanked(ranked: RankedCandidate[], first?: number | null, after?: string | null): Page<RankedCandidate> {
  const limit = pageSize(first);
  let rows = ranked;
  if (after) {
    const [score, id, code] = decodeCursor(after, ['number', 'string', 'string']) as [number, string, string];
    if (!isUuid(id)) throw badCursor();
    const key = { score, enterpriseId: id, categoryCode: code } as RankedCandidate;
    rows = ranked.filter((r) => byRank(r, key) > 0);
  }
  return toPage(
    rows.slice(0, limit + 1),
    limit,
    ranked.length,
    (r) => encodeCursor([r.score, r.enterpriseId, r.categoryCode]),
    (r) => r,
    !!after,
  );
}

function emptyPage<T>(): Page<T> {
  return {
    edges: [],
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  };
}
