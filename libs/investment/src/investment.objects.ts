import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';

import { Connection, DecimalScalarType, Lazy, PageArgs, resolveLazy, StrictDateTime } from '@duijie/common';
import { EnterpriseObject } from '@duijie/enterprises';
import { ChainCategoryObject, RegionObject, Sector } from '@duijie/reference';

import { PipelineStage, ProjectStage } from './investment.entity';

registerEnumType(ProjectStage, {
  name: 'InvestmentProjectStage',
  description: '招商项目阶段',
  valuesMap: {
    UNDER_CONSTRUCTION: { description: '在建' },
    PLANNED: { description: '拟建' },
    SEEKING_INVESTORS: { description: '拟招商' },
  },
});

registerEnumType(PipelineStage, {
  name: 'InvestmentPipelineStage',
  description: '招商进度, in order; forward one stage at a time, back only with a reason',
  valuesMap: {
    IDENTIFIED: { description: '已发现（企业看不到）' },
    CONTACTED: { description: '已接洽（此时通知企业，企业从此可见）' },
    VISITED: { description: '已考察' },
    NEGOTIATING: { description: '洽谈中' },
    SIGNED: { description: '已签约（须填签约金额）' },
    LANDED: { description: '已落地（须填落地金额）' },
  },
});

@ObjectType('InvestmentLead', {
  description: '招商线索: a firm outside the region making a category the region lacks (缺链), with its fit explained',
})
export class InvestmentLeadObject {
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] })
  firm: Lazy<EnterpriseObject>;

  @Field(() => ChainCategoryObject, { description: 'The missing (缺链) category it makes' })
  category: ChainCategoryObject;

  @Field(() => RegionObject, { description: 'The region seeking it' })
  region: RegionObject;

  @Field(() => Float, {
    description: 'Fit 0..1: capacity, certifications, trade done with local firms, distance, verified',
  })
  score: number;

  @Field(() => [String], { description: 'Why, in Chinese' })
  reasons: string[];

  @Field(() => InvestmentPipelineEntryObject, {
    nullable: true,
    middleware: [resolveLazy],
    description: "The viewer's pipeline entry for this lead, once added",
  })
  pipelineEntry: Lazy<InvestmentPipelineEntryObject | null>;
}

@ObjectType('InvestmentProject', { description: '招商项目 of a government body' })
export class InvestmentProjectObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy], description: 'The government body posting it' })
  owner: Lazy<EnterpriseObject>;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => RegionObject) region: RegionObject;
  @Field(() => [ChainCategoryObject]) categories: ChainCategoryObject[];
  @Field(() => ProjectStage) stage: ProjectStage;
  @Field(() => DecimalScalarType, { nullable: true, description: '计划投资额（元）, exact' })
  plannedInvestmentCny: string | null;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => ID, { nullable: true }) eventId: string | null;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime) updatedAt: Date;
}

@ObjectType('InvestmentCandidate', { description: 'A candidate investor firm for a project, with its fit explained' })
export class InvestmentCandidateObject {
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) firm: Lazy<EnterpriseObject>;
  @Field(() => ChainCategoryObject, { description: 'The project category it makes' }) category: ChainCategoryObject;
  @Field(() => Float) score: number;
  @Field(() => [String]) reasons: string[];
  @Field(() => InvestmentPipelineEntryObject, { nullable: true, middleware: [resolveLazy] })
  pipelineEntry: Lazy<InvestmentPipelineEntryObject | null>;
}

@ObjectType('InvestmentStageChange', { description: 'One stage change of a pipeline entry' })
export class InvestmentStageChangeObject {
  @Field(() => PipelineStage, { nullable: true }) fromStage: PipelineStage | null;
  @Field(() => PipelineStage) toStage: PipelineStage;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => StrictDateTime) at: Date;
}

@ObjectType('InvestmentPipelineEntry', {
  description:
    '招商进度 entry of a lead or project candidate, owned by a government body; the firm sees it from CONTACTED',
})
export class InvestmentPipelineEntryObject {
  @Field(() => ID) id: string;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) owner: Lazy<EnterpriseObject>;
  @Field(() => EnterpriseObject, { middleware: [resolveLazy] }) candidate: Lazy<EnterpriseObject>;
  @Field(() => InvestmentProjectObject, { nullable: true, middleware: [resolveLazy] })
  project: Lazy<InvestmentProjectObject | null>;
  @Field(() => RegionObject) region: RegionObject;
  @Field(() => ChainCategoryObject) category: ChainCategoryObject;
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => DecimalScalarType, { nullable: true, description: '签约投资额（元）' }) signedAmountCny: string | null;
  @Field(() => String, { nullable: true, description: '签约日期 YYYY-MM-DD' }) signedOn: string | null;
  @Field(() => DecimalScalarType, { nullable: true, description: '落地投资额（元）' }) landedAmountCny: string | null;
  @Field(() => String, { nullable: true, description: '落地日期 YYYY-MM-DD' }) landedOn: string | null;
  @Field(() => StrictDateTime, { nullable: true }) contactedAt: Date | null;
  @Field(() => ID, { nullable: true }) eventId: string | null;
  @Field(() => String, { nullable: true, description: 'The owner’s note (the firm does not see it)' })
  note: string | null;
  @Field(() => [InvestmentStageChangeObject], { middleware: [resolveLazy], description: 'Oldest first' })
  history: Lazy<InvestmentStageChangeObject[]>;
  @Field(() => StrictDateTime) createdAt: Date;
  @Field(() => StrictDateTime) updatedAt: Date;
}

export const InvestmentLeadConnection = Connection(InvestmentLeadObject, 'InvestmentLead');
export type InvestmentLeadConnection = InstanceType<typeof InvestmentLeadConnection>;
export const InvestmentProjectConnection = Connection(InvestmentProjectObject, 'InvestmentProject');
export type InvestmentProjectConnection = InstanceType<typeof InvestmentProjectConnection>;
export const InvestmentCandidateConnection = Connection(InvestmentCandidateObject, 'InvestmentCandidate');
export type InvestmentCandidateConnection = InstanceType<typeof InvestmentCandidateConnection>;
export const InvestmentPipelineConnection = Connection(InvestmentPipelineEntryObject, 'InvestmentPipelineEntry');
export type InvestmentPipelineConnection = InstanceType<typeof InvestmentPipelineConnection>;

@ArgsType()
export class InvestmentLeadsArgs extends PageArgs {
  @Field(() => String, { description: 'The region seeking investment (province, prefecture or county code)' })
  regionCode: string;

  @Field(() => Sector, { nullable: true, description: 'The sector whose gaps to read (all sectors when omitted)' })
  sector?: Sector | null;

  @Field(() => String, { nullable: true, description: 'Only this gap category' })
  categoryCode?: string | null;
}

@ArgsType()
export class InvestmentProjectsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Projects in this region (prefix: a province includes its cities)',
  })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Projects on this chain category' })
  categoryCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the viewer’s own body’s projects' })
  mine?: boolean | null;
}

@ArgsType()
export class InvestmentPipelineArgs extends PageArgs {
  @Field(() => PipelineStage, { nullable: true })
  stage?: PipelineStage | null;

  @Field(() => ID, { nullable: true, description: 'Only this project’s candidates' })
  projectId?: string | null;
}

@InputType()
export class InvestmentProjectInput {
  @Field(() => String) @MaxLength(100) title: string;
  @Field(() => String) @MaxLength(4000) description: string;
  @Field(() => String, { description: 'County, prefecture or province code of the project site' }) regionCode: string;
  @Field(() => [String], { description: '1 to 10 chain category codes' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  categoryCodes: string[];
  @Field(() => ProjectStage) stage: ProjectStage;
  @Field(() => DecimalScalarType, { nullable: true, description: '计划投资额（元）' })
  @IsOptional()
  plannedInvestmentCny?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) contactName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) contactPhone?: string | null;
  @Field(() => ID, { nullable: true, description: 'The docking event it was presented at' })
  @IsOptional()
  eventId?: string | null;
}

@InputType()
export class AddToInvestmentPipelineInput {
  @Field(() => ID) candidateEnterpriseId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'A project candidate: the project (else a lead: regionCode and categoryCode)',
  })
  @IsOptional()
  projectId?: string | null;
  @Field(() => String, { nullable: true, description: 'A lead: the region seeking the investment' })
  @IsOptional()
  regionCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'A lead: the missing category; a project candidate: one of the project’s (default its first the firm makes)',
  })
  @IsOptional()
  categoryCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'The docking event it came from' }) @IsOptional() eventId?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType()
export class MoveInvestmentPipelineInput {
  @Field(() => ID) id: string;
  @Field(() => PipelineStage) stage: PipelineStage;
  @Field(() => String, { nullable: true, description: 'Required when moving back' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
  @Field(() => DecimalScalarType, { nullable: true, description: 'Required at SIGNED (unless given before)' })
  @IsOptional()
  signedAmountCny?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, default today (China time)' })
  @IsOptional()
  signedOn?: string | null;
  @Field(() => DecimalScalarType, { nullable: true, description: 'Required at LANDED' })
  @IsOptional()
  landedAmountCny?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, default today (China time)' })
  @IsOptional()
  landedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The docking event it was signed at' }) @IsOptional() eventId?:
    string | null;
}

@ObjectType('InvestmentFigure', {
  description: 'Signed and landed investment of one group (count of entries, amounts in CNY)',
})
export class InvestmentFigureObject {
  @Field(() => String, { description: 'The sector, category code or region code grouped by ("" for the total)' })
  key: string;
  @Field(() => String, { description: 'Its Chinese name' }) name: string;
  @Field(() => Int) signed: number;
  @Field(() => DecimalScalarType) signedAmountCny: string;
  @Field(() => Int) landed: number;
  @Field(() => DecimalScalarType) landedAmountCny: string;
}

@ObjectType('InvestmentSummary', {
  description:
    '招商成效: entries signed (SIGNED or LANDED) and landed, in total and per sector, chain category and region',
})
export class InvestmentSummaryObject {
  @Field(() => InvestmentFigureObject) total: InvestmentFigureObject;
  @Field(() => [InvestmentFigureObject]) bySector: InvestmentFigureObject[];
  @Field(() => [InvestmentFigureObject]) byCategory: InvestmentFigureObject[];
  @Field(() => [InvestmentFigureObject]) byRegion: InvestmentFigureObject[];
}

@ObjectType('ChainInvestmentNode', { description: 'Projects and open leads on one panorama node (a chain category)' })
export class ChainInvestmentNodeObject {
  @Field(() => String) categoryCode: string;
  @Field(() => Int, { description: 'Investment projects in the region on this category' }) projects: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'On a 缺链 node: candidate firms outside the region (at most 200 counted); null unless the viewer is a verified government body',
  })
  openLeads: number | null;
}
