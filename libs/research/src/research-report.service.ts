import { Injectable } from '@nestjs/common';

import { ChainCategory, ReferenceService, RegionObject, Sector, toRegionObject } from '@duijie/reference';

import { ResearchRepository } from './research.repository';
import { TECH_REPORT_REGIONS } from './research-limits';

export interface FigureRow<K> {
  key: K;
  contracts: number;
  amountCny: string;
}

export interface TechnologyContractFigures {
  contracts: number;
  amountCny: string;
  bySector: { sector: Sector; contracts: number; amountCny: string }[];
  byCategory: { category: ChainCategory; contracts: number; amountCny: string }[];
  byRegion: { region: RegionObject; contracts: number; amountCny: string }[];
}

/** Exact sums of decimal strings (cents as BigInt). */
function addCny(a: string, b: string): string {
  const cents = (s: string) => {
    const [i, f = ''] = s.split('.');
    return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  };
  const c = cents(a) + cents(b);
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
}

/**
 * An event's technology contracts for its report (eventReport, report.xlsx): the confirmed
 * contracts on needs posted at the event, in all and per the firm's sector and prefecture (as they were at the event) and the
 * need's chain category. The caller has checked that the viewer organises the event.
 */
@Injectable()
export class ResearchReportService {
  constructor(
    private readonly repository: ResearchRepository,
    private readonly reference: ReferenceService,
  ) {}

  async eventFigures(eventId: string): Promise<TechnologyContractFigures> {
    const groups = await this.repository.eventContractGroups(eventId);
    const sectors = new Map<string, FigureRow<string>>();
    const categories = new Map<string, FigureRow<string>>();
    const regions = new Map<string, FigureRow<string>>();
    const add = (map: Map<string, FigureRow<string>>, key: string, count: number, amount: string) => {
      const row = map.get(key) ?? { key, contracts: 0, amountCny: '0.00' };
      row.contracts += count;
      row.amountCny = addCny(row.amountCny, amount);
      map.set(key, row);
    };
    let contracts = 0;
    let amountCny = '0.00';
    for (const g of groups) {
      contracts += g.count;
      amountCny = addCny(amountCny, g.amountCny);
      add(sectors, g.sector, g.count, g.amountCny);
      add(regions, `${g.regionCode.slice(0, 4)}00`, g.count, g.amountCny);
      add(categories, g.categoryCode, g.count, g.amountCny);
    }
    const byAmount = (a: FigureRow<string>, b: FigureRow<string>) =>
      b.contracts - a.contracts || a.key.localeCompare(b.key);
    return {
      contracts,
      amountCny,
      bySector: [...sectors.values()]
        .sort(byAmount)
        .map((r) => ({ sector: r.key as Sector, contracts: r.contracts, amountCny: r.amountCny })),
      byCategory: [...categories.values()]
        .sort(byAmount)
        .filter((r) => this.reference.category(r.key))
        .map((r) => ({ category: this.reference.category(r.key)!, contracts: r.contracts, amountCny: r.amountCny })),
      byRegion: [...regions.values()]
        .sort(byAmount)
        .map((r) => ({
          region: toRegionObject(this.reference.regions, r.key),
          contracts: r.contracts,
          amountCny: r.amountCny,
        }))
        .filter((r): r is { region: RegionObject; contracts: number; amountCny: string } => !!r.region)
        .slice(0, TECH_REPORT_REGIONS),
    };
  }
}
