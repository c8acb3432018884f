import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { BadInputError } from '@duijie/common';

import { toRegionObject } from './reference.mapper';
import {
  CategorySuggestionObject,
  CertificationObject,
  ChainCategoryObject,
  RegionObject,
  UnitObject,
} from './reference.objects';
import { ChainCategory, ReferenceService } from './reference.service';
import { Sector } from './sector.enum';

const SUGGEST_TEXT_MAX = 500;

@Resolver(() => ChainCategoryObject)
export class ChainCategoryResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [ChainCategoryObject], { description: '产业链环节, optionally of one sector' })
  chainCategories(@Args('sector', { type: () => Sector, nullable: true }) sector?: Sector | null): ChainCategory[] {
    return this.reference.listCategories(sector);
  }

  @Query(() => ChainCategoryObject, { nullable: true })
  chainCategory(@Args('code', { type: () => String }) code: string): ChainCategory | undefined {
    return this.reference.category(code.trim());
  }

  @Query(() => [CategorySuggestionObject], {
    description: 'The chain categories a product text (name, specification, firm) most likely belongs to, best first',
  })
  suggestCategories(
    @Args('text', { type: () => String }) text: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5 }) first: number,
  ): CategorySuggestionObject[] {
    const errors = [];
    if ([...text].length > SUGGEST_TEXT_MAX)
      errors.push({ field: 'text', message: `text（产品文字）不能超过 ${SUGGEST_TEXT_MAX} 个字符` });
    if (!(first >= 1 && first <= 20)) errors.push({ field: 'first', message: 'first 须为 1 到 20' });
    if (errors.length) throw new BadInputError(errors);
    return this.reference.suggestCategories(text, first).map((g) => ({
      category: this.reference.category(g.code)!,
      confidence: g.confidence,
      matchedTerms: g.matched,
    }));
  }

  @ResolveField(() => [ChainCategoryObject], { description: 'Categories that supply this one (上游)' })
  upstream(@Parent() category: ChainCategory): ChainCategory[] {
    return this.reference.upstream(category.code);
  }

  @ResolveField(() => [ChainCategoryObject], { description: 'Categories that buy from this one (下游)' })
  downstream(@Parent() category: ChainCategory): ChainCategory[] {
    return this.reference.downstream(category.code);
  }
}

@Resolver(() => RegionObject)
export class RegionResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => RegionObject, { nullable: true, description: 'A GB/T 2260 division by its six-digit code' })
  region(@Args('code', { type: () => String }) code: string): RegionObject | null {
    return toRegionObject(this.reference.regions, code.trim());
  }

  @Query(() => [RegionObject], {
    description: 'The divisions directly under a province or prefecture; the provinces when parentCode is omitted',
  })
  regions(@Args('parentCode', { type: () => String, nullable: true }) parentCode?: string | null): RegionObject[] {
    return this.reference.regions
      .children(parentCode?.trim() || null)
      .map((r) => toRegionObject(this.reference.regions, r.code)!);
  }

  @ResolveField(() => RegionObject, { nullable: true })
  parent(@Parent() region: RegionObject): RegionObject | null {
    return region.parentCode ? toRegionObject(this.reference.regions, region.parentCode) : null;
  }

  @Query(() => [UnitObject], { description: 'Units a listing may use (data/units.json)' })
  units(): readonly UnitObject[] {
    return this.reference.units();
  }

  @Query(() => [CertificationObject], { description: 'Certifications a listing may name (data/certifications.json)' })
  certifications(): readonly CertificationObject[] {
    return this.reference.certifications();
  }
}
