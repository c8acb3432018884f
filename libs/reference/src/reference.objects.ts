import { Field, Float, ObjectType } from '@nestjs/graphql';

import { Sector } from './sector.enum';

@ObjectType('ChainCategory', { description: '产业链环节（GB/T 4754-2017 四位小类）' })
export class ChainCategoryObject {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, {
    description: 'The group key in chain.json: a sector key, or AGRICULTURE / PACKAGING / SERVICES',
  })
  group: string;

  @Field(() => Sector, { description: 'The sector the category counts under; SUPPORTING for 配套 groups' })
  sector: Sector;

  @Field(() => String, { nullable: true, description: 'Example products and firms' })
  examples: string | null;
}

@ObjectType('Region', { description: 'GB/T 2260 行政区划' })
export class RegionObject {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: '省 市 县 full name, e.g. 贵州省 贵阳市 南明区' })
  fullName: string;

  @Field(() => String, { nullable: true })
  parentCode: string | null;
}

@ObjectType('Unit')
export class UnitObject {
  @Field(() => String)
  code: string;

  @Field(() => String)
  kind: string;
}

@ObjectType('Certification')
export class CertificationObject {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;
}

@ObjectType('CategorySuggestion', { description: 'A chain category inferred from a product text (产品类别推断)' })
export class CategorySuggestionObject {
  @Field(() => ChainCategoryObject)
  category: ChainCategoryObject;

  @Field(() => Float, { description: 'How sure the inference is, 0..1' })
  confidence: number;

  @Field(() => [String], { description: 'The product words of the category found in the text' })
  matchedTerms: string[];
}
