import { Role } from './role.enum';
import type { Viewer } from './viewer';

/**
 * The access policy (访问规则): the one place where a caller's role and ties are weighed. Every
 * resolver, field resolver, controller and subscription asks here; nothing else compares roles.
 *
 * - A listing: anyone, unless it is a confidential demand; that one its owner, the suppliers it was
 *   matched with, the organisers of events where it is registered (brought to the event) and admins.
 * - An event: its organiser (still holding the ORGANISER role) and admins act for it.
 * - A firm: its members (and admins) act for it; its contact details are for its members, admins,
 *   organisers of events it registered for, and firms with business with it (an accepted meeting
 *   request either way, or a match both sides accepted).
 * - A deal: its two firms, the organisers of its event, admins.
 * - A rating's comment: the rating firm, the organisers of the meeting's event, admins.
 * - A registration's listings: each as a listing, above.
 * - A notification: the firm it was sent to.
 * - An organiser's import: creates firms unclaimed; writes listings only of firms nobody has
 *   claimed, and only those its organiser's imports created; a row naming a claimed firm is a
 *   proposal that only the firm's members answer.
 * - A claim on an unclaimed firm (认领企业): the organiser whose import brought it in, and admins,
 *   review it.
 * - Verifying a firm (已认证): admins, and organisers of an event it registered for. The review
 *   queue of firms sharing a name with another is for admins.
 * - 产学研对接: a verified research body's members publish technology results; any firm posts
 *   technology needs; a need's matches are its firm's, a result's matches its research body's; a
 *   technology contract is seen by its two sides (and admins) and answered by the side that did
 *   not propose it.
 * - A policy (惠企政策): anyone reads it; members of a verified government body publish its
 *   policies; its members and admins re-evaluate it and review its applications (申报). A firm's
 *   members apply for it; an application is seen by the applicant, the issuing body and admins.
 * - 政银企: a bank's financing products are public while open and edited by its members; a
 *   financing need is its firm's, and (confidential, the default) seen by members of verified
 *   financial institutions and admins; deals behind a need (订单融资) only by the firm and the one
 *   bank it consented to, until it withdraws; a loan's outcome is recorded by the product's bank.
 */

/** An event as far as access needs it. */
export interface EventRef {
  id: string;
  organiserUserId: string | null;
}

/** A listing as far as access needs it. */
export interface ListingRef {
  enterpriseId: string;
  confidential: boolean;
}

/**
 * The score from which a pair ties its supplier to a confidential demand: the matcher's strong
 * score (STRONG_SCORE, held equal by the matching lib's tests). A weak pair (a listing stuffed with
 * common words pairs at 0.2 with half the hall) opens nothing, unless the buyer accepted it.
 */
export const CONFIDENTIAL_TIE_SCORE = 0.55;

/** What ties a viewer to a confidential demand, when it is not theirs. */
export interface ListingTies {
  /** The viewer's firm supplies something the demand has a strong pair with, or one its buyer accepted (and not dismissed). */
  matchedSupplier: boolean;
  /** The viewer organises an event where the demand is registered. */
  organisesItsEvent: boolean;
}

/** What ties a viewer to another firm, for its contact details. */
export interface FirmTies {
  /** The viewer organises an event the firm registered for. */
  organisesItsEvent: boolean;
  /** An accepted meeting request between the two firms, or a match both sides accepted. */
  business: boolean;
}

/** A firm as far as claims and imports need it. */
export interface FirmRef {
  claimed: boolean;
  importedByUserId: string | null;
}

export interface DealRef {
  supplierEnterpriseId: string;
  buyerEnterpriseId: string;
}

export const Access = {
  isAdmin(viewer: Viewer | null): boolean {
    return viewer?.role === Role.ADMIN;
  },

  /** Organisers and admins: create docking events, start a full re-match, browse matches as staff. */
  mayOrganise(viewer: Viewer | null): boolean {
    return viewer?.role === Role.ORGANISER || viewer?.role === Role.ADMIN;
  },

  /** The roles a guard lets through, when it names any. */
  hasOneOf(viewer: Viewer, roles: readonly Role[]): boolean {
    return roles.length === 0 || roles.includes(viewer.role);
  },

  /** The event's organiser (while an ORGANISER) or an admin. */
  mayActForEvent(viewer: Viewer | null, event: Pick<EventRef, 'organiserUserId'>): boolean {
    if (!viewer) return false;
    return viewer.role === Role.ADMIN || (viewer.role === Role.ORGANISER && event.organiserUserId === viewer.userId);
  },

  /** A member of the firm: rates its meetings, answers its requests, confirms its deals. */
  isMemberOf(viewer: Viewer | null, enterpriseId: string | null | undefined): boolean {
    return !!viewer?.enterpriseId && viewer.enterpriseId === enterpriseId;
  },

  /** A member of one of the meeting's two firms: marks whether the other one came (到场情况). */
  isPartyOf(viewer: Viewer | null, meeting: { partyA: string; partyB: string }): boolean {
    return Access.isMemberOf(viewer, meeting.partyA) || Access.isMemberOf(viewer, meeting.partyB);
  },

  /** A member of the firm or an admin: edits the firm and its listings. */
  mayActForEnterprise(viewer: Viewer | null, enterpriseId: string): boolean {
    return Access.isMemberOf(viewer, enterpriseId) || Access.isAdmin(viewer);
  },

  /** 产业招商 (leads, projects, pipeline): a member of a verified government body (政府部门). */
  mayRunInvestment(
    viewer: Viewer | null,
    body: { id: string; participantType: string; verificationStatus: string } | null,
  ): boolean {
    return (
      !!body &&
      Access.isMemberOf(viewer, body.id) &&
      body.participantType === 'GOVERNMENT' &&
      body.verificationStatus === 'VERIFIED'
    );
  },

  /**
   * 招商进度 entry: its owner's members and admins always; the candidate firm's members only once the
   * owner contacted it (CONTACTED) — before that the firm must not learn it is a lead.
   */
  maySeeInvestmentEntry(
    viewer: Viewer | null,
    entry: { ownerEnterpriseId: string; candidateEnterpriseId: string; contactedAt: Date | null },
  ): boolean {
    if (Access.mayActForEnterprise(viewer, entry.ownerEnterpriseId)) return true;
    return !!entry.contactedAt && Access.isMemberOf(viewer, entry.candidateEnterpriseId);
  },

  /**
   * Whether ties could show this viewer another firm's confidential listing (see maySeeListing): a
   * member of a firm (its supplier may have been matched) or an organiser (of an event it was
   * brought to). Anyone else never sees one.
   */
  mayHaveListingTies(viewer: Viewer | null): boolean {
    return !!viewer?.enterpriseId || viewer?.role === Role.ORGANISER;
  },

  maySeeListing(viewer: Viewer | null, listing: ListingRef, ties: ListingTies): boolean {
    if (!listing.confidential || Access.mayActForEnterprise(viewer, listing.enterpriseId)) return true;
    return ties.matchedSupplier || (viewer?.role === Role.ORGANISER && ties.organisesItsEvent);
  },

  /**
   * `maySeeListing` as a SQL condition on the listing row `alias`, for lists and batched look-ups;
   * `param` adds a bound parameter and answers its placeholder. The ties are read from the
   * matches (`match_suggestion`) and the registrations (`event_registration`, `docking_event`).
   */
  listingVisibleSql(viewer: Viewer | null, alias: string, param: (value: unknown) => string): string {
    if (Access.isAdmin(viewer)) return 'TRUE';
    const l = alias;
    const ors = [`NOT ${l}.confidential`];
    if (viewer?.enterpriseId) {
      const firm = param(viewer.enterpriseId);
      ors.push(
        `${l}.enterprise_id = ${firm}::uuid`,
        `EXISTS (SELECT 1 FROM match_suggestion ms WHERE ms.demand_id = ${l}.id AND ms.supply_enterprise_id = ${firm}::uuid
           AND (ms.score >= ${CONFIDENTIAL_TIE_SCORE} OR ms.demand_decision = 'ACCEPT') AND ms.demand_decision IS DISTINCT FROM 'DISMISS')`,
      );
    }
    if (viewer?.role === Role.ORGANISER) {
      ors.push(
        `EXISTS (SELECT 1 FROM event_registration er JOIN docking_event ev ON ev.id = er.event_id
          WHERE er.enterprise_id = ${l}.enterprise_id AND ${l}.id = ANY(er.listing_ids) AND ev.organiser_user_id = ${param(viewer.userId)}::uuid)`,
      );
    }
    return `(${ors.join(' OR ')})`;
  },

  maySeeContactDetails(viewer: Viewer | null, enterpriseId: string, ties: FirmTies): boolean {
    if (!viewer) return false;
    if (Access.mayActForEnterprise(viewer, enterpriseId)) return true;
    return (viewer.role === Role.ORGANISER && ties.organisesItsEvent) || (!!viewer.enterpriseId && ties.business);
  },

  /** `event` is the deal's event (null when it has none). */
  maySeeDeal(viewer: Viewer | null, deal: DealRef, event: EventRef | null): boolean {
    if (Access.isMemberOf(viewer, deal.supplierEnterpriseId) || Access.isMemberOf(viewer, deal.buyerEnterpriseId))
      return true;
    return event ? Access.mayActForEvent(viewer, event) : Access.isAdmin(viewer);
  },

  maySeeRatingComment(viewer: Viewer | null, rating: { enterpriseId: string }, event: EventRef | null): boolean {
    return (
      Access.isMemberOf(viewer, rating.enterpriseId) ||
      (event ? Access.mayActForEvent(viewer, event) : Access.isAdmin(viewer))
    );
  },

  /** Who sees a round table's seated firms (圆桌入座企业): the event's organisers and the host's members. */
  maySeeRoundTableSeats(
    viewer: Viewer | null,
    event: Pick<EventRef, 'organiserUserId'>,
    roundTable: { hostEnterpriseId: string },
  ): boolean {
    return Access.mayActForEvent(viewer, event) || Access.isMemberOf(viewer, roundTable.hostEnterpriseId);
  },

  /**
   * What of an event's registrations, requests, meetings and deals the viewer sees: all of them
   * (its organisers), its own firm's, or nothing.
   */
  eventScope(viewer: Viewer | null, event: Pick<EventRef, 'organiserUserId'>): 'ALL' | { enterpriseId: string } | null {
    if (Access.mayActForEvent(viewer, event)) return 'ALL';
    return viewer?.enterpriseId ? { enterpriseId: viewer.enterpriseId } : null;
  },

  maySeeNotification(viewer: Viewer | null, notification: { enterpriseId: string }): boolean {
    return Access.isMemberOf(viewer, notification.enterpriseId);
  },

  /**
   * Whether the import of organiser `importerUserId` may write a listing of `firm` directly: only
   * while nobody has claimed the firm, and only a listing that organiser's imports created (null:
   * a new one). Anything else becomes a proposal the firm answers, or is left alone.
   */
  importMayWriteListing(
    importerUserId: string,
    firm: Pick<FirmRef, 'claimed'>,
    listing: { importedByUserId: string | null } | null,
  ): boolean {
    if (firm.claimed) return false;
    return listing === null || listing.importedByUserId === importerUserId;
  },

  /** A listing proposal is the firm's to accept or reject: its members only (not admins for it). */
  mayAnswerListingProposal(viewer: Viewer | null, proposal: { enterpriseId: string }): boolean {
    return Access.isMemberOf(viewer, proposal.enterpriseId);
  },

  /** A claim on an unclaimed firm: the organiser who imported it (while an ORGANISER), or an admin. */
  mayReviewEnterpriseClaim(viewer: Viewer | null, firm: Pick<FirmRef, 'importedByUserId'>): boolean {
    if (!viewer) return false;
    return viewer.role === Role.ADMIN || (viewer.role === Role.ORGANISER && firm.importedByUserId === viewer.userId);
  },

  /** Which claims a viewer reviews: all (admins), those on firms it imported (organisers), none. */
  enterpriseClaimScope(viewer: Viewer | null): 'ALL' | { importedByUserId: string } | null {
    if (Access.isAdmin(viewer)) return 'ALL';
    return viewer?.role === Role.ORGANISER ? { importedByUserId: viewer.userId } : null;
  },

  /** Verifying a firm (已认证): admins, and organisers of an event the firm registered for. */
  mayVerifyEnterprise(viewer: Viewer | null, ties: Pick<FirmTies, 'organisesItsEvent'>): boolean {
    if (!viewer) return false;
    return viewer.role === Role.ADMIN || (viewer.role === Role.ORGANISER && ties.organisesItsEvent);
  },

  /**
   * Publishing technology results (技术成果, 产学研对接): members of a research body (高校/科研院所)
   * whose type was confirmed by verification. Technology needs are any firm's.
   */
  mayPublishTechnologyResults(
    viewer: Viewer | null,
    firm: { id: string; participantType: string; verificationStatus: string },
  ): boolean {
    return (
      Access.isMemberOf(viewer, firm.id) &&
      firm.participantType === 'RESEARCH_INSTITUTE' &&
      firm.verificationStatus === 'VERIFIED'
    );
  },

  /** A technology contract: its research body and its firm; admins. */
  maySeeTechnologyContract(
    viewer: Viewer | null,
    c: { researchEnterpriseId: string; firmEnterpriseId: string },
  ): boolean {
    return (
      Access.isMemberOf(viewer, c.researchEnterpriseId) ||
      Access.isMemberOf(viewer, c.firmEnterpriseId) ||
      Access.isAdmin(viewer)
    );
  },

  /** Publishing a policy: a member of the issuing firm, which must be a verified government body. */
  mayPublishPolicy(viewer: Viewer | null, issuer: { id: string; government: boolean; verified: boolean }): boolean {
    return Access.isMemberOf(viewer, issuer.id) && issuer.government && issuer.verified;
  },

  /** A policy's issuing body (its members) and admins: re-evaluate it, see and review its applications. */
  mayActForPolicy(viewer: Viewer | null, policy: { issuerEnterpriseId: string }): boolean {
    return Access.mayActForEnterprise(viewer, policy.issuerEnterpriseId);
  },

  /** An application (申报): the applicant, the policy's issuing body and admins. */
  maySeePolicyApplication(
    viewer: Viewer | null,
    application: { enterpriseId: string },
    policy: { issuerEnterpriseId: string },
  ): boolean {
    return Access.isMemberOf(viewer, application.enterpriseId) || Access.mayActForPolicy(viewer, policy);
  },

  /** A financing need: its firm and admins; banks (verified financial institutions) while confidential; anyone signed in otherwise. */
  maySeeFinancingNeed(
    viewer: Viewer | null,
    need: { enterpriseId: string; confidential: boolean },
    viewerIsLender: boolean,
  ): boolean {
    if (!viewer) return false;
    if (Access.mayActForEnterprise(viewer, need.enterpriseId)) return true;
    return viewerIsLender || !need.confidential;
  },

  /** Deals behind a need (订单融资): the firm, and the bank of a standing consent — nobody else, admins neither. */
  maySeeSharedDeals(
    viewer: Viewer | null,
    need: { enterpriseId: string },
    share: { lenderEnterpriseId: string; withdrawnAt: Date | null } | null,
  ): boolean {
    if (Access.isMemberOf(viewer, need.enterpriseId)) return true;
    return !!share && share.withdrawnAt === null && Access.isMemberOf(viewer, share.lenderEnterpriseId);
  },

  /** The queue of firms to review (same name as another firm, not yet verified): admins. */
  mayReviewEnterprises(viewer: Viewer | null): boolean {
    return Access.isAdmin(viewer);
  },
} as const;
