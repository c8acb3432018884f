import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageArgs } from '@duijie/common';
import { ListingKind } from '@duijie/listings';
import { ChainCategoryObject, RegionObject, Sector } from '@duijie/reference';

import { CoverageStatus } from './chain-layers';

registerEnumType(CoverageStatus, {
  name: 'CoverageStatus',
  description: '本地配套 status: COVERED 本地配套, GAP 缺链, EXPORT 外销优势, NONE 无供需',
  valuesMap: {
    COVERED: { description: '本地配套：本地有需求，也有本地供应' },
    GAP: { description: '缺链：本地有需求，没有本地供应' },
    EXPORT: { description: '外销优势：本地有供应，没有本地需求' },
    NONE: { description: '本地没有在架的供应或需求' },
  },
});

/** What a chain edge is, from the supplier category's group in chain.json. */
export enum ChainLinkKind {
  /** 原料: an agricultural input (AGRICULTURE). */
  RAW_MATERIAL = 'RAW_MATERIAL',
  /** 包装配套 (PACKAGING). */
  PACKAGING = 'PACKAGING',
  /** 生产性服务 (SERVICES). */
  SERVICE = 'SERVICE',
  /** 产业内: both categories in one sector. */
  IN_SECTOR = 'IN_SECTOR',
  /** 跨产业: a category of another of the ten sectors. */
  CROSS_SECTOR = 'CROSS_SECTOR',
}

registerEnumType(ChainLinkKind, {
  name: 'ChainLinkKind',
  description: 'The kind of a supply relation, by the supplier category’s group in the chain data',
});

@ObjectType('QuantityTotal', { description: 'Open listings of one unit and their summed quantity' })
export class QuantityTotalObject {
  @Field(() => String)
  unit: string;

  @Field(() => Float)
  quantity: number;

  @Field(() => Int, { description: 'Open listings in this unit that give a quantity' })
  listings: number;
}

@ObjectType('ChainPanoramaNode', { description: '产业链全景图 node: one chain category in the region' })
export class ChainPanoramaNodeObject {
  @Field(() => ChainCategoryObject)
  category: ChainCategoryObject;

  @Field(() => Int, { description: 'Position in the chain: 0 furthest upstream, growing downstream (longest path)' })
  layer: number;

  @Field(() => Boolean, { description: 'False for an up- or downstream neighbour outside the requested sector' })
  inSector: boolean;

  @Field(() => Int, {
    description:
      'Firms in the region making this category: naming it among their categories or offering it (open supply)',
  })
  firms: number;

  @Field(() => Int, { description: 'Open supply listings of firms in the region' })
  openSupplies: number;

  @Field(() => Int, { description: 'Open demand listings of firms in the region, confidential ones included' })
  openDemands: number;

  @Field(() => [QuantityTotalObject], { description: 'Open supply quantity per unit' })
  supplyQuantities: QuantityTotalObject[];

  @Field(() => [QuantityTotalObject], { description: 'Open demand quantity per unit' })
  demandQuantities: QuantityTotalObject[];

  @Field(() => CoverageStatus)
  coverage: CoverageStatus;
}

@ObjectType('ChainPanoramaEdge', { description: 'A supply relation (上游 → 下游) with what happened along it' })
export class ChainPanoramaEdgeObject {
  @Field(() => String, { description: 'Upstream (supplier) category code' })
  fromCode: string;

  @Field(() => String, { description: 'Downstream (buyer) category code' })
  toCode: string;

  @Field(() => ChainLinkKind)
  kind: ChainLinkKind;

  @Field(() => String, { nullable: true, description: 'Why the one supplies the other (chain data)' })
  why: string | null;

  @Field(() => Int, {
    description:
      'Match suggestions scoring 0.65 or more between a supply of fromCode and a demand of toCode, a firm in the region',
  })
  matchedPairs: number;

  @Field(() => Int, {
    description:
      'Deals both firms confirmed as signed or fulfilled: a product of fromCode bought by a firm making toCode, either firm in the region',
  })
  signedDeals: number;

  @Field(() => String, { description: 'Their agreed amounts, CNY, exact with two decimals' })
  signedAmountCny: string;
}

@ObjectType('ChainPanorama', { description: '产业链全景图 of a sector (or all) in a region' })
export class ChainPanoramaObject {
  @Field(() => Sector, { nullable: true })
  sector: Sector | null;

  @Field(() => RegionObject)
  region: RegionObject;

  @Field(() => [ChainPanoramaNodeObject])
  nodes: ChainPanoramaNodeObject[];

  @Field(() => [ChainPanoramaEdgeObject])
  edges: ChainPanoramaEdgeObject[];
}

/** A node's firms and open listings, for the panorama's drawer. */
@ObjectType('ChainNodeMembers', { description: 'The firms and open listings behind one panorama node' })
export class ChainNodeMembersObject {
  @Field(() => ChainCategoryObject)
  category: ChainCategoryObject;

  @Field(() => RegionObject)
  region: RegionObject;

  /** The firm-region prefix the node's lists use. */
  prefix: string;
}

@ArgsType()
export class ChainNodeListingsArgs extends PageArgs {
  @Field(() => ListingKind, { nullable: true })
  kind?: ListingKind | null;
}
