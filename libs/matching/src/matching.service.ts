import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import { badCursor, decodeCursor, encodeCursor, isUuid, Page, pageSize, toPage } from '@duijie/common';
import { EnterprisesRepository } from '@duijie/enterprises';
import { ListingEntity, ListingKind, ListingsService } from '@duijie/listings';

import { MatchRunEntity } from './match-run.entity';
import { MatchRunsRepository } from './match-runs.repository';
import { MatchDecision, MatchSuggestionEntity } from './match-suggestion.entity';
import { MatchingErrorCode, MatchingException } from './matching.exception';
import { PartnerRow, SuggestionsRepository } from './suggestions.repository';

/** The API's side of matching: who may see and decide which suggestions. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly suggestions: SuggestionsRepository,
    private readonly runs: MatchRunsRepository,
    private readonly listings: ListingsService,
    private readonly enterprises: EnterprisesRepository,
  ) {}

  /** A listing's suggestions, best first: for its owner, organisers and admins. */
  async suggestionsOf(
    viewer: Viewer,
    listingId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<MatchSuggestionEntity>> {
    const listing = await this.listings.get(viewer, listingId);
    if (!listing) throw new MatchingException(MatchingErrorCode.LISTING_NOT_FOUND, '供需信息不存在');
    return this.suggestionsOfListing(viewer, listing, first, after);
  }

  async suggestionsOfListing(
    viewer: Viewer,
    listing: ListingEntity,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<MatchSuggestionEntity>> {
    if (!Access.mayActForEnterprise(viewer, listing.enterpriseId) && !Access.mayOrganise(viewer)) {
      throw new MatchingException(
        MatchingErrorCode.NOT_OWNER,
        '只有发布该信息的企业、活动主办方和管理员可以查看匹配建议',
      );
    }
    const limit = pageSize(first);
    const key = after ? decodeScoreCursor(after) : undefined;
    const side = listing.kind === ListingKind.SUPPLY ? 'supply' : 'demand';
    const rows = await this.suggestions.page(listing.id, side, viewer, limit, key);
    return toPage(
      rows,
      limit,
      () => this.suggestions.count(listing.id, side, viewer),
      (r) => encodeCursor([r.score, r.id]),
      (r) => r,
      !!key,
    );
  }

  /** How many suggestions each listing has (as the viewer may see them); 0 for one with none. */
  async suggestionCounts(viewer: Viewer | null, listingIds: readonly string[]): Promise<number[]> {
    const counts = await this.suggestions.countsByListing(listingIds, viewer);
    return listingIds.map((id) => counts.get(id) ?? 0);
  }

  /**
   * One side accepts or dismisses a suggestion; a dismissed pair leaves both lists. A supplier's
   * dismissal lapses when a listing changes materially; a buyer's stands, for it also keeps a
   * confidential demand from that supplier. A pair whose demand the viewer may not see (confidential,
   * no tie) is answered as no pair at all, before anything is written: its reasons tell the demand's terms.
   */
  async respond(viewer: Viewer, id: string, decision: MatchDecision): Promise<MatchSuggestionEntity> {
    const suggestion = isUuid(id) ? await this.suggestions.findVisible(id, viewer) : null;
    const side =
      suggestion && Access.isMemberOf(viewer, suggestion.supplyEnterpriseId)
        ? 'supply'
        : suggestion && Access.isMemberOf(viewer, suggestion.demandEnterpriseId)
          ? 'demand'
          : null;
    if (!suggestion || (!side && !Access.mayOrganise(viewer))) {
      throw new MatchingException(MatchingErrorCode.SUGGESTION_NOT_FOUND, '匹配建议不存在');
    }
    if (!side) throw new MatchingException(MatchingErrorCode.NOT_A_PARTY, '只有匹配双方的企业可以接受或忽略匹配建议');
    return this.suggestions.decide(suggestion.id, side, decision);
  }

  /** Firms up- and downstream of an enterprise whose open listings were matched with its own. */
  async partners(viewer: Viewer, enterpriseId: string, first?: number | null): Promise<PartnerRow[]> {
    const enterprise = isUuid(enterpriseId) ? await this.enterprises.findById(enterpriseId) : null;
    if (!enterprise) throw new MatchingException(MatchingErrorCode.ENTERPRISE_NOT_FOUND, '企业不存在');
    if (!Access.mayActForEnterprise(viewer, enterprise.id) && !Access.mayOrganise(viewer)) {
      throw new MatchingException(
        MatchingErrorCode.NOT_OWNER,
        '只有该企业成员、活动主办方和管理员可以查看推荐的上下游企业',
      );
    }
    return this.suggestions.partners(enterprise.id, pageSize(first), viewer);
  }

  findSuggestion(id: string): Promise<MatchSuggestionEntity | null> {
    return this.suggestions.findById(id);
  }

  startRematch(viewer: Viewer): Promise<MatchRunEntity> {
    return this.runs.startRun(viewer.userId);
  }

  async run(id: string): Promise<MatchRunEntity> {
    const run = isUuid(id) ? await this.runs.findRun(id) : null;
    if (!run) throw new MatchingException(MatchingErrorCode.RUN_NOT_FOUND, '重新匹配任务不存在');
    return run;
  }
}

function decodeScoreCursor(cursor: string): { score: number; id: string } {
  const [score, id] = decodeCursor(cursor, ['number', 'string']) as [number, string];
  if (!isUuid(id)) throw badCursor();
  return { score, id };
}
