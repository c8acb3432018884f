import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import {
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  FieldErrors,
  isUuid,
  Page,
  pageSize,
  todayInChina,
  toPage,
} from '@duijie/common';
import { ConfigService } from '@duijie/config';
import { EnterprisesRepository } from '@duijie/enterprises';
import { CERTIFICATION_CODES, ReferenceService, regionPrefix, UNIT_CODES } from '@duijie/reference';

import { ListingEntity } from './listing.entity';
import { ListingKind, ListingStatus } from './listing.enums';
import {
  checkListingDraft,
  expandUnitMultiplier,
  ListingDraft,
  ListingReference,
  normaliseDraft,
} from './listing-rules';
import { CreateListingInput, ListingFilter, UpdateListingInput } from './listings.dto';
import { ListingErrorCode, ListingException } from './listings.exception';
import { ListingQuery, ListingsRepository } from './listings.repository';

export interface ListingPageArgs {
  first?: number | null;
  after?: string | null;
}

@Injectable()
export class ListingsService {
  private readonly ref: ListingReference;
  private readonly cursors = new WeakMap<ListingEntity, string>();

  constructor(
    private readonly listings: ListingsRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly reference: ReferenceService,
    private readonly config: ConfigService,
  ) {
    this.ref = {
      hasCategory: (c) => !!reference.category(c),
      hasRegion: (c) => !!reference.region(c),
      units: UNIT_CODES,
      certifications: CERTIFICATION_CODES,
    };
  }

  /** Trimmed, with a unit such as 万只 turned into 只 (quantity and prices converted). */
  private normalise(d: ListingDraft): ListingDraft {
    return expandUnitMultiplier(normaliseDraft(d), this.ref.units);
  }

  async create(viewer: Viewer, input: CreateListingInput): Promise<ListingEntity> {
    if (!viewer.enterpriseId) {
      throw new ListingException(ListingErrorCode.NO_ENTERPRISE, '请先登记企业（registerEnterprise），再发布供需信息');
    }
    const enterprise = await this.enterprises.findById(viewer.enterpriseId);
    if (!enterprise) throw new ListingException(ListingErrorCode.NO_ENTERPRISE, '您的企业不存在');
    const draft = this.normalise({
      kind: input.kind,
      title: input.title,
      description: input.description ?? null,
      categoryCode: input.categoryCode,
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      priceMin: input.priceMin ?? null,
      priceMax: input.priceMax ?? null,
      regionCode: input.regionCode?.trim() || enterprise.regionCode,
      certifications: input.certifications ?? [],
      validUntil: input.validUntil ?? null,
      confidential: input.confidential ?? false,
    });
    checkListingDraft(draft, this.ref, todayInChina()).throwIfAny();
    return this.listings.insert(enterprise.id, draft, {
      perHour: this.config.get('listingsMaxPerHourPerFirm'),
      open: this.config.get('listingsMaxOpenPerFirm'),
    });
  }

  /**
   * Applies the fields present in the input (null clears an optional field) and checks the result
   * with the create rules. An expired listing given a new future validity opens again.
   */
  async update(viewer: Viewer, id: string, input: UpdateListingInput): Promise<ListingEntity> {
    const existing = await this.ownedListing(viewer, id);
    if (existing.status === ListingStatus.CLOSED) {
      throw new ListingException(ListingErrorCode.CLOSED, '该信息已关闭，不能再修改；请发布新的信息');
    }
    const errors = new FieldErrors();
    for (const field of ['title', 'categoryCode'] as const) {
      if (input[field] === null) errors.add(field, `${field} 不能为空`);
    }
    errors.throwIfAny();
    const pick = <K extends keyof UpdateListingInput & keyof ListingDraft>(key: K): ListingDraft[K] =>
      (input[key] !== undefined ? input[key] : existing[key]) as ListingDraft[K];
    const draft = this.normalise({
      kind: existing.kind,
      title: pick('title'),
      description: pick('description'),
      categoryCode: pick('categoryCode'),
      quantity: pick('quantity'),
      unit: pick('unit'),
      priceMin: pick('priceMin'),
      priceMax: pick('priceMax'),
      regionCode:
        input.regionCode === null
          ? (await this.enterprises.findById(existing.enterpriseId))!.regionCode
          : pick('regionCode'),
      certifications: input.certifications === null ? [] : pick('certifications'),
      validUntil: pick('validUntil'),
      confidential: input.confidential === null ? false : pick('confidential'),
    });
    const today = todayInChina();
    checkListingDraft(draft, this.ref, today).throwIfAny();
    const reopened =
      existing.status === ListingStatus.EXPIRED && (draft.validUntil === null || draft.validUntil >= today);
    return this.listings.update(id, draft, reopened ? ListingStatus.OPEN : existing.status);
  }

  async close(viewer: Viewer, id: string): Promise<ListingEntity> {
    const existing = await this.ownedListing(viewer, id);
    if (existing.status === ListingStatus.CLOSED) return existing;
    return this.listings.close(id);
  }

  /** A listing as the viewer may see it (the access policy): a confidential demand is "not found" to others. */
  async get(viewer: Viewer | null, id: string): Promise<ListingEntity | null> {
    if (!isUuid(id)) return null;
    return (await this.listings.findVisible(viewer, [id]))[0] ?? null;
  }

  async browse(
    viewer: Viewer | null,
    filter: ListingFilter | null | undefined,
    page: ListingPageArgs,
  ): Promise<Page<ListingEntity>> {
    const errors = new FieldErrors();
    const query: Omit<ListingQuery, 'limit' | 'after' | 'viewer'> = {
      kind: filter?.kind,
      status: filter?.status,
    };
    if (filter?.sector) query.categoryCodes = this.reference.listCategories(filter.sector).map((c) => c.code);
    if (filter?.categoryCode) {
      const code = filter.categoryCode.trim();
      if (!this.reference.category(code))
        errors.add('categoryCode', `categoryCode（产品类别）“${code}”不是已知的产业链环节代码`);
      query.categoryCodes = (query.categoryCodes ?? [code]).filter((c) => c === code);
    }
    if (filter?.regionCode) {
      const code = filter.regionCode.trim();
      if (!this.reference.region(code)) errors.add('regionCode', `regionCode（地区代码）“${code}”不是已知的行政区划`);
      query.regionPrefix = regionPrefix(code);
    }
    if (filter?.text) query.terms = filter.text.split(/\s+/).filter(Boolean).slice(0, 8);
    errors.throwIfAny();
    return this.page(viewer, query, page, true);
  }

  ofEnterprise(
    viewer: Viewer | null,
    enterpriseId: string,
    kind: ListingKind | null | undefined,
    status: ListingStatus | null | undefined,
    page: ListingPageArgs,
  ): Promise<Page<ListingEntity>> {
    return this.page(viewer, { enterpriseId, kind, status }, page);
  }

  /**
   * Open listings of one chain category whose firms are registered inside a region (the chain
   * panorama's node), newest first, as the viewer may see them: a confidential demand is left out
   * for those without business with it.
   */
  openOfFirmsIn(
    viewer: Viewer | null,
    categoryCode: string,
    firmRegionPrefix: string,
    kind: ListingKind | null | undefined,
    page: ListingPageArgs,
  ): Promise<Page<ListingEntity>> {
    return this.page(
      viewer,
      { categoryCodes: [categoryCode], firmRegionPrefix, kind, status: ListingStatus.OPEN },
      page,
    );
  }

  /** Run by the worker's scheduled job. */
  expireOutdated(): Promise<string[]> {
    return this.listings.expireBefore(todayInChina());
  }

  private async page(
    viewer: Viewer | null,
    query: Omit<ListingQuery, 'limit' | 'after' | 'viewer'>,
    page: ListingPageArgs,
    withEnterprises = false,
  ): Promise<Page<ListingEntity>> {
    const limit = pageSize(page.first);
    const after = page.after ? decodeTimeIdCursor(page.after) : undefined;
    const q: ListingQuery = {
      ...query,
      viewer,
      after: after ? { createdAt: after.at, id: after.id } : undefined,
      limit,
    };
    const rows = withEnterprises ? await this.listings.pageWithEnterprises(q) : await this.listings.page(q);
    return toPage(
      rows,
      limit,
      () => this.listings.count(q),
      (r) => this.cursorOf(r),
      (r) => r,
      !!after,
    );
  }

  /** A row's cursor, encoded once per row (the first-page cache hands the same rows to every reader). */
  private cursorOf(r: ListingEntity): string {
    let cursor = this.cursors.get(r);
    if (cursor === undefined) {
      cursor = encodeTimeIdCursor(r.createdAt, r.id);
      this.cursors.set(r, cursor);
    }
    return cursor;
  }

  private async ownedListing(viewer: Viewer, id: string): Promise<ListingEntity> {
    const listing = await this.get(viewer, id);
    if (!listing) throw new ListingException(ListingErrorCode.NOT_FOUND, '供需信息不存在');
    if (!Access.mayActForEnterprise(viewer, listing.enterpriseId)) {
      throw new ListingException(ListingErrorCode.NOT_OWNER, '只有发布该信息的企业成员可以修改或关闭它');
    }
    return listing;
  }
}
