import { Injectable } from '@nestjs/common';

import { Viewer } from '@duijie/accounts';
import { badCursor, decodeCursor, encodeCursor, FieldErrors, isUuid, Page, pageSize, toPage } from '@duijie/common';
import { EnterpriseEntity } from '@duijie/enterprises';
import { ListingEntity, ListingKind, ListingsService } from '@duijie/listings';
import { ChainLink, ReferenceService, regionPrefix, Sector } from '@duijie/reference';

import { chainLayers, coverageOf, CoverageStatus } from './chain-layers';
import {
  ChainLinkKind,
  ChainPanoramaEdgeObject,
  ChainPanoramaNodeObject,
  QuantityTotalObject,
} from './chain-panorama.objects';
import { CategorySupplierRow, ChainPanoramaRepository } from './chain-panorama.repository';

export interface ChainPanorama {
  sector: Sector | null;
  regionCode: string;
  nodes: ChainPanoramaNodeObject[];
  edges: ChainPanoramaEdgeObject[];
}

/** 产业链全景图: the chain of a sector drawn over one region's firms, listings, matches and deals. */
@Injectable()
export class ChainPanoramaService {
  constructor(
    private readonly reference: ReferenceService,
    private readonly repository: ChainPanoramaRepository,
    private readonly listings: ListingsService,
  ) {}

  async panorama(sector: Sector | null | undefined, regionCode: string): Promise<ChainPanorama> {
    const code = this.checkedRegion(regionCode);
    const { codes, links, inSector } = this.picture(sector ?? null);
    const prefix = regionPrefix(code);
    const [totals, firms, edgeTotals] = await Promise.all([
      this.repository.listingTotals(codes, prefix),
      this.repository.firmCounts(codes, prefix),
      this.repository.edgeTotals(links, prefix),
    ]);
    const layers = chainLayers(codes, links);
    const firmsOf = new Map(firms.map((f) => [f.code, f.firms]));
    const nodes = codes.map((c): ChainPanoramaNodeObject => {
      const rows = totals.filter((t) => t.code === c);
      const supply = rows.filter((t) => t.kind === ListingKind.SUPPLY);
      const demand = rows.filter((t) => t.kind === ListingKind.DEMAND);
      const openSupplies = supply.reduce((n, t) => n + t.listings, 0);
      const openDemands = demand.reduce((n, t) => n + t.listings, 0);
      return {
        category: this.reference.category(c)!,
        layer: layers.get(c) ?? 0,
        inSector: inSector(c),
        firms: firmsOf.get(c) ?? 0,
        openSupplies,
        openDemands,
        supplyQuantities: quantities(supply),
        demandQuantities: quantities(demand),
        coverage: coverageOf(openSupplies, openDemands),
      };
    });
    const totalsOf = new Map(edgeTotals.map((t) => [`${t.from}>${t.to}`, t]));
    const edges = links.map((l): ChainPanoramaEdgeObject => {
      const t = totalsOf.get(`${l.from}>${l.to}`);
      return {
        fromCode: l.from,
        toCode: l.to,
        kind: this.kindOf(l),
        why: l.why,
        matchedPairs: t?.matchedPairs ?? 0,
        signedDeals: t?.signedDeals ?? 0,
        signedAmountCny: t?.signedAmountCny ?? '0.00',
      };
    });
    return { sector: sector ?? null, regionCode: code, nodes, edges };
  }

  /** The categories the panorama marks 缺链 (GAP) for a sector in a region: local demand, no local supply. */
  async gapCategories(sector: Sector | null | undefined, regionCode: string): Promise<ChainPanoramaNodeObject[]> {
    const p = await this.panorama(sector, regionCode);
    return p.nodes.filter((n) => n.coverage === CoverageStatus.GAP);
  }

  /**
   * Firms making any of the categories (naming one or offering it), outside the region (`outside`,
   * the default) or anywhere (`anywhere`), with their open supply, most supplies first, at most `limit`.
   */
  categorySuppliers(
    codes: readonly string[],
    where: { outsideRegion: string } | 'anywhere',
    limit: number,
  ): Promise<CategorySupplierRow[]> {
    if (where === 'anywhere') return this.repository.categorySuppliers(codes, '', true, limit);
    return this.repository.categorySuppliers(codes, regionPrefix(where.outsideRegion), false, limit);
  }

  /** The region code, checked: BAD_USER_INPUT naming `regionCode` when it is no division. */
  checkedRegion(regionCode: string, field = 'regionCode'): string {
    const code = regionCode.trim();
    if (!this.reference.region(code))
      new FieldErrors().add(field, `regionCode（地区）“${regionCode}”不是已知的省、市或县级行政区划代码`).throwIfAny();
    return code;
  }

  /** The category code, checked: BAD_USER_INPUT naming `categoryCode` when it is no chain category. */
  checkedCategory(categoryCode: string): string {
    const code = categoryCode.trim();
    if (!this.reference.category(code))
      new FieldErrors()
        .add('categoryCode', `categoryCode（产业链环节）“${categoryCode}”不是已知的产业链环节代码`)
        .throwIfAny();
    return code;
  }

  /** A node's firms in the region (naming the category or offering it), by name. */
  async nodeFirms(
    code: string,
    prefix: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<EnterpriseEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeNameIdCursor(after) : undefined;
    return toPage(
      await this.repository.nodeFirms(code, prefix, limit, key),
      limit,
      () => this.repository.nodeFirmCount(code, prefix),
      (e) => encodeCursor([e.name, e.id]),
      (e) => e,
      !!key,
    );
  }

  /** A node's open listings in the region, newest first, as the viewer may see them. */
  nodeListings(
    viewer: Viewer | null,
    code: string,
    prefix: string,
    kind: ListingKind | null | undefined,
    page: { first?: number | null; after?: string | null },
  ): Promise<Page<ListingEntity>> {
    return this.listings.openOfFirmsIn(viewer, code, prefix, kind, page);
  }

  /**
   * The categories drawn: every one (no sector), or the sector's with their direct suppliers and
   * buyers; the edges are those touching a sector category.
   */
  private picture(sector: Sector | null): { codes: string[]; links: ChainLink[]; inSector: (c: string) => boolean } {
    const all = this.reference.chainLinks();
    if (!sector) {
      const codes = this.reference
        .listCategories()
        .map((c) => c.code)
        .sort();
      return { codes, links: [...all], inSector: () => true };
    }
    const own = new Set(this.reference.listCategories(sector).map((c) => c.code));
    const links = all.filter((l) => own.has(l.from) || own.has(l.to));
    const codes = new Set(own);
    for (const l of links) codes.add(l.from).add(l.to);
    return { codes: [...codes].sort(), links, inSector: (c) => own.has(c) };
  }

  private kindOf(link: ChainLink): ChainLinkKind {
    const from = this.reference.category(link.from)!;
    const to = this.reference.category(link.to)!;
    if (from.group === 'AGRICULTURE') return ChainLinkKind.RAW_MATERIAL;
    if (from.group === 'PACKAGING') return ChainLinkKind.PACKAGING;
    if (from.group === 'SERVICES') return ChainLinkKind.SERVICE;
    return from.sector === to.sector ? ChainLinkKind.IN_SECTOR : ChainLinkKind.CROSS_SECTOR;
  }
}

function quantities(
  rows: { unit: string | null; quantified: number; quantity: number | null }[],
): QuantityTotalObject[] {
  return rows
    .filter((r) => r.unit && r.quantified > 0 && r.quantity !== null)
    .map((r) => ({ unit: r.unit!, quantity: r.quantity!, listings: r.quantified }))
    .sort((a, b) => b.listings - a.listings || a.unit.localeCompare(b.unit));
}

function decodeNameIdCursor(cursor: string): { name: string; id: string } {
  const [name, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  if (!isUuid(id)) throw badCursor();
  return { name, id };
}
