import { Injectable, OnModuleInit } from '@nestjs/common';

import { CategoryEvidence, CategoryGuess, CategoryInference } from './category-inference';
import { ChainCategoryEntity } from './chain-category.entity';
import { ReferenceRepository } from './reference.repository';
import { CertificationDef, CERTIFICATIONS, UnitDef, UNITS } from './reference-data';
import { RegionRecord, RegionTable } from './regions';
import { Sector, sectorOfGroup } from './sector.enum';

/** A supply relation of the chain: `from` supplies `to`, and why (chain.json). */
export interface ChainLink {
  from: string;
  to: string;
  why: string | null;
}

export interface ChainCategory {
  code: string;
  name: string;
  group: string;
  sector: Sector;
  examples: string | null;
}

/**
 * Read access to the reference data. The chain graph is loaded from the database once at start
 * (it changes only through `npm run db:migrate`), regions come from the GB/T 2260 package.
 */
@Injectable()
export class ReferenceService implements OnModuleInit {
  private categories = new Map<string, ChainCategory>();
  private upstreamCodes = new Map<string, string[]>();
  private downstreamCodes = new Map<string, string[]>();
  private links: ChainLink[] = [];
  readonly regions = new RegionTable();
  private inference = new CategoryInference([]);

  constructor(private readonly repository: ReferenceRepository) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const [categories, edges] = await Promise.all([
      this.repository.findAllCategories(),
      this.repository.findAllEdges(),
    ]);
    this.categories = new Map(categories.map((c: ChainCategoryEntity) => [c.code, toCategory(c)]));
    this.inference = new CategoryInference([...this.categories.values()]);
    this.upstreamCodes = new Map();
    this.downstreamCodes = new Map();
    this.links = edges.map((e) => ({ from: e.fromCode, to: e.toCode, why: e.why }));
    for (const e of edges) {
      push(this.upstreamCodes, e.toCode, e.fromCode);
      push(this.downstreamCodes, e.fromCode, e.toCode);
    }
  }

  category(code: string): ChainCategory | undefined {
    return this.categories.get(code);
  }

  listCategories(sector?: Sector | null): ChainCategory[] {
    const all = [...this.categories.values()];
    return sector ? all.filter((c) => c.sector === sector) : all;
  }

  /** Every supply relation of the chain. */
  chainLinks(): readonly ChainLink[] {
    return this.links;
  }

  /** Categories that supply `code`. */
  upstream(code: string): ChainCategory[] {
    return (this.upstreamCodes.get(code) ?? []).map((c) => this.categories.get(c)!).filter(Boolean);
  }

  /** Categories that buy from `code`. */
  downstream(code: string): ChainCategory[] {
    return (this.downstreamCodes.get(code) ?? []).map((c) => this.categories.get(c)!).filter(Boolean);
  }

  /** Codes of the categories that supply `code` (no copies: for hot loops). */
  upstreamCodesOf(code: string): readonly string[] {
    return this.upstreamCodes.get(code) ?? [];
  }

  /** Codes of the categories that buy from `code`. */
  downstreamCodesOf(code: string): readonly string[] {
    return this.downstreamCodes.get(code) ?? [];
  }

  /** Province, prefecture and county names of a region code, outermost first. */
  regionNames(code: string): string[] {
    const names: string[] = [];
    for (let r = this.regions.get(code); r; r = r.parentCode ? this.regions.get(r.parentCode) : undefined)
      names.unshift(r.name);
    return names;
  }

  /** The chain categories a product most likely belongs to, best first, with a confidence (0..1). */
  suggestCategories(evidence: CategoryEvidence | string, limit = 5): CategoryGuess[] {
    return this.inference.suggest(evidence, limit);
  }

  /** A category's code from its exact name (玻璃包装容器制造 → 3055). */
  categoryCodeOfName(name: string): string | null {
    for (const c of this.categories.values()) if (c.name === name.trim()) return c.code;
    return null;
  }

  region(code: string): RegionRecord | undefined {
    return this.regions.get(code);
  }

  units(): readonly UnitDef[] {
    return UNITS;
  }

  certifications(): readonly CertificationDef[] {
    return CERTIFICATIONS;
  }
}

function toCategory(c: ChainCategoryEntity): ChainCategory {
  return { code: c.code, name: c.name, group: c.groupKey, sector: sectorOfGroup(c.groupKey), examples: c.examples };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
