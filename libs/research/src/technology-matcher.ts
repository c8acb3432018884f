import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { todayInChina } from '@duijie/common';
import { Tokenizer } from '@duijie/matching';
import { NotificationEntity, NotificationProducer } from '@duijie/notifications';
import { ReferenceService } from '@duijie/reference';

import { ResearchRepository, ScoredPair } from './research.repository';
import { TechnologyNeedEntity } from './technology-need.entity';
import { technologyMatched } from './technology-notices';
import { TechnologyResultEntity } from './technology-result.entity';
import { KnownCategories } from './technology-rules';
import { ChainView, scoreTechnologyPair, TECH_MATCH_THRESHOLD } from './technology-scorer';

/**
 * Matches one written result (or need) against the open needs (or results) in the writer's
 * transaction: the scorer explains each pair; pairs new to the table notify both sides once.
 */
@Injectable()
export class TechnologyMatcher {
  private tokenizerInstance: Tokenizer | null = null;
  readonly chain: ChainView & KnownCategories;

  constructor(
    private readonly repository: ResearchRepository,
    private readonly notifications: NotificationProducer,
    reference: ReferenceService,
  ) {
    this.chain = {
      categoryName: (code) => reference.category(code)?.name ?? code,
      exists: (code) => !!reference.category(code),
      related: (a, b) => reference.upstreamCodesOf(b).includes(a) || reference.downstreamCodesOf(b).includes(a),
    };
  }

  /** The goods matcher's tokenizer (jieba and the trade dictionary), loaded on first use. */
  private get tokenizer(): Tokenizer {
    return (this.tokenizerInstance ??= new Tokenizer());
  }

  async matchResult(m: EntityManager, result: TechnologyResultEntity): Promise<(NotificationEntity | null)[]> {
    const needs = result.open ? await this.repository.openNeedsForMatching(m) : [];
    const pairs: ScoredPair[] = [];
    for (const need of needs) {
      if (need.enterpriseId === result.enterpriseId) continue;
      const scored = scoreTechnologyPair(this.tokenizer, this.chain, result, need);
      if (scored && scored.score >= TECH_MATCH_THRESHOLD)
        pairs.push({ needId: need.id, resultId: result.id, ...scored });
    }
    const fresh = await this.repository.replaceMatches(m, 'result', result.id, pairs);
    const byId = new Map(needs.map((n) => [n.id, n]));
    return this.notify(
      m,
      fresh.map((p) => ({ result, need: byId.get(p.needId)!, score: p.score })),
    );
  }

  async matchNeed(m: EntityManager, need: TechnologyNeedEntity): Promise<(NotificationEntity | null)[]> {
    const live = need.open && need.deadline >= todayInChina();
    const results = live ? await this.repository.openResultsForMatching(m) : [];
    const pairs: ScoredPair[] = [];
    for (const result of results) {
      if (result.enterpriseId === need.enterpriseId) continue;
      const scored = scoreTechnologyPair(this.tokenizer, this.chain, result, need);
      if (scored && scored.score >= TECH_MATCH_THRESHOLD)
        pairs.push({ needId: need.id, resultId: result.id, ...scored });
    }
    const fresh = await this.repository.replaceMatches(m, 'need', need.id, pairs);
    const byId = new Map(results.map((r) => [r.id, r]));
    return this.notify(
      m,
      fresh.map((p) => ({ result: byId.get(p.resultId)!, need, score: p.score })),
    );
  }

  private async notify(
    m: EntityManager,
    pairs: { result: TechnologyResultEntity; need: TechnologyNeedEntity; score: number }[],
  ): Promise<(NotificationEntity | null)[]> {
    const out: (NotificationEntity | null)[] = [];
    for (const { result, need, score } of pairs) {
      out.push(await this.notifications.record(m, technologyMatched(need.enterpriseId, result, need, score, 'firm')));
      out.push(
        await this.notifications.record(m, technologyMatched(result.enterpriseId, result, need, score, 'research')),
      );
    }
    return out;
  }
}
