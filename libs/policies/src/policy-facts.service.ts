import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { FirmProfile } from '@duijie/enterprises';
import { EventsService } from '@duijie/events';
import { certificationsOfFirms } from '@duijie/listings';
import { type EventParticipation, participationOfFirms } from '@duijie/meetings';
import { type SignedDeals, signedDealsOfFirms } from '@duijie/outcomes';
import { ReferenceService } from '@duijie/reference';

import { FirmFacts, PolicyRule, PolicyRuleKind, RuleNames } from './policy-rules';

/**
 * Gathers what rules are checked against: the firm's own profile (enterprises), certifications
 * on its open listings (listings), approved registrations and check-ins (meetings), confirmed
 * signed deals (outcomes) — each asked of its owner through the owner's index.ts, a page of firms at a time.
 */
@Injectable()
export class PolicyFacts {
  constructor(
    private readonly reference: ReferenceService,
    private readonly events: EventsService,
  ) {}

  /** The facts of a page of firms, reading only what the rules need. */
  async of(m: EntityManager, firms: readonly FirmProfile[], rules: readonly PolicyRule[]): Promise<FirmFacts[]> {
    const ids = firms.map((f) => f.id);
    const needs = (kind: PolicyRuleKind) => rules.some((r) => r.kind === kind);
    const [certifications, participation, deals] = await Promise.all([
      needs(PolicyRuleKind.CERTIFICATION) ? certificationsOfFirms(m, ids) : new Map<string, string[]>(),
      needs(PolicyRuleKind.EVENT_PARTICIPATION)
        ? participationOfFirms(m, ids)
        : new Map<string, EventParticipation[]>(),
      needs(PolicyRuleKind.SIGNED_DEALS) ? signedDealsOfFirms(m, ids) : new Map<string, SignedDeals>(),
    ]);
    return firms.map((f) => ({
      enterpriseId: f.id,
      sector: f.sector,
      regionCode: f.regionCode,
      scale: f.scale,
      verified: f.verified,
      certifications: certifications.get(f.id) ?? [],
      events: participation.get(f.id) ?? [],
      signedDeals: deals.get(f.id)?.count ?? 0,
      signedAmountCny: deals.get(f.id)?.amountCny ?? 0,
    }));
  }

  /** Names for the rules' sentences: regions, certifications, and the events the rules name. */
  async names(rules: readonly PolicyRule[]): Promise<RuleNames> {
    const eventIds = [...new Set(rules.flatMap((r) => r.eventIds ?? []))];
    const events = new Map((await this.events.getMany(eventIds)).map((e) => [e.id, e.title]));
    const certifications = new Map(this.reference.certifications().map((c) => [c.code, c.name]));
    return {
      region: (code) => this.reference.regionNames(code).join('') || code,
      certification: (code) => certifications.get(code) ?? code,
      event: (id) => events.get(id) ?? '已删除的活动',
    };
  }
}
