import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import {
  ApiError,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  isUuid,
  Page,
  pageSize,
  todayInChina,
  toPage,
} from '@duijie/common';
import { checkListingDraft, ListingReference } from '@duijie/listings';
import { CERTIFICATION_CODES, ReferenceService, UNIT_CODES } from '@duijie/reference';

import { ListingProposalEntity, ListingProposalStatus } from './listing-proposal.entity';
import { ProposalsRepository } from './proposals.repository';

const NOT_FOUND = '待确认的供需信息不存在';

/**
 * The firm's side of an organiser's import: the listings proposed to it (待确认的供需信息), each
 * accepted (it becomes the firm's listing and the firm is registered for the event) or rejected
 * (nothing remains). Only the firm's members answer; nobody answers on the firm's behalf.
 */
@Injectable()
export class ProposalsService {
  private readonly ref: ListingReference;

  constructor(
    private readonly repository: ProposalsRepository,
    reference: ReferenceService,
  ) {
    this.ref = {
      hasCategory: (c) => !!reference.category(c),
      hasRegion: (c) => !!reference.region(c),
      units: UNIT_CODES,
      certifications: CERTIFICATION_CODES,
    };
  }

  async page(
    viewer: Viewer,
    status: ListingProposalStatus | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<ListingProposalEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const firm = viewer.enterpriseId;
    const rows = firm ? await this.repository.page(firm, status, limit, key) : [];
    return toPage(
      rows,
      limit,
      firm ? () => this.repository.count(firm, status) : 0,
      (p) => encodeTimeIdCursor(p.createdAt, p.id),
      (p) => p,
      !!key,
    );
  }

  async respond(viewer: Viewer, id: string, accept: boolean): Promise<ListingProposalEntity> {
    return this.repository.transaction(async (m) => {
      const p = isUuid(id) ? await this.repository.lock(m, id) : null;
      if (!p || !Access.mayAnswerListingProposal(viewer, p)) throw new ApiError('NOT_FOUND', NOT_FOUND);
      if (p.status !== ListingProposalStatus.PENDING) {
        throw new ApiError(
          'CONFLICT',
          p.status === ListingProposalStatus.ACCEPTED ? '该信息已被接受，不能再次处理' : '该信息已被拒绝，不能再次处理',
        );
      }
      if (!accept) return this.repository.answer(m, p.id, ListingProposalStatus.REJECTED, null);
      // Held to the rules of today: a validity that has passed since the import is refused, by field.
      checkListingDraft(p.draft, this.ref, todayInChina()).throwIfAny();
      await this.repository.accept(m, p, p.draft);
      return (await this.repository.lock(m, p.id))!;
    });
  }

  eventTitles(ids: string[]): Promise<Map<string, string>> {
    return this.repository.eventTitles([...new Set(ids)]);
  }
}
