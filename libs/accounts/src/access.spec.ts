import { Access } from './access';
import { Role } from './role.enum';
import type { Viewer } from './viewer';

const viewer = (role: Role, enterpriseId: string | null = null, userId = 'u1'): Viewer => ({
  userId,
  email: `${userId}@duijie.test`,
  role,
  enterpriseId,
});
const member = viewer(Role.MEMBER, 'firm-a');
const stranger = viewer(Role.MEMBER, 'firm-z', 'u9');
const organiser = viewer(Role.ORGANISER, null, 'org-1');
const otherOrganiser = viewer(Role.ORGANISER, null, 'org-2');
const admin = viewer(Role.ADMIN, null, 'admin');
const event = { id: 'e1', organiserUserId: 'org-1' };
const none = { matchedSupplier: false, organisesItsEvent: false };

describe('the access policy', () => {
  it('lets an event be run by its organiser while an ORGANISER, and by admins', () => {
    expect(Access.mayActForEvent(organiser, event)).toBe(true);
    expect(Access.mayActForEvent(otherOrganiser, event)).toBe(false);
    expect(Access.mayActForEvent(admin, event)).toBe(true);
    // Demoted to MEMBER, the creator no longer acts for it.
    expect(Access.mayActForEvent(viewer(Role.MEMBER, null, 'org-1'), event)).toBe(false);
    expect(Access.mayActForEvent(null, event)).toBe(false);
    expect(Access.eventScope(organiser, event)).toBe('ALL');
    expect(Access.eventScope(member, event)).toEqual({ enterpriseId: 'firm-a' });
    expect(Access.eventScope(otherOrganiser, event)).toBeNull();
  });

  it('shows a confidential demand to its firm, matched suppliers, organisers of its events and admins only', () => {
    const demand = { enterpriseId: 'firm-a', confidential: true };
    expect(Access.maySeeListing(member, demand, none)).toBe(true);
    expect(Access.maySeeListing(admin, demand, none)).toBe(true);
    expect(Access.maySeeListing(stranger, demand, none)).toBe(false);
    expect(Access.maySeeListing(null, demand, none)).toBe(false);
    expect(Access.maySeeListing(stranger, demand, { ...none, matchedSupplier: true })).toBe(true);
    expect(Access.maySeeListing(otherOrganiser, demand, none)).toBe(false);
    expect(Access.maySeeListing(organiser, demand, { ...none, organisesItsEvent: true })).toBe(true);
    expect(Access.maySeeListing(null, { enterpriseId: 'firm-a', confidential: false }, none)).toBe(true);
  });

  it('writes the listing rule as SQL with bound parameters only', () => {
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    expect(Access.listingVisibleSql(admin, 'l', param)).toBe('TRUE');
    expect(Access.listingVisibleSql(null, 'l', param)).toBe('(NOT l.confidential)');
    const sql = Access.listingVisibleSql(organiser, 'l', param);
    expect(sql).toContain('event_registration');
    expect(sql).not.toContain('org-1');
    expect(params).toEqual(['org-1']);
    const forMember = Access.listingVisibleSql(member, 'x', param);
    expect(forMember).toContain('match_suggestion');
    expect(forMember).not.toContain('event_registration');
  });

  it('shows contact details to members, admins, organisers of its events and firms with business with it', () => {
    const no = { organisesItsEvent: false, business: false };
    expect(Access.maySeeContactDetails(member, 'firm-a', no)).toBe(true);
    expect(Access.maySeeContactDetails(admin, 'firm-a', no)).toBe(true);
    expect(Access.maySeeContactDetails(stranger, 'firm-a', no)).toBe(false);
    expect(Access.maySeeContactDetails(stranger, 'firm-a', { ...no, business: true })).toBe(true);
    expect(Access.maySeeContactDetails(organiser, 'firm-a', { ...no, organisesItsEvent: true })).toBe(true);
    expect(Access.maySeeContactDetails(otherOrganiser, 'firm-a', no)).toBe(false);
    expect(Access.maySeeContactDetails(null, 'firm-a', { organisesItsEvent: true, business: true })).toBe(false);
  });

  it('shows a deal and a rating comment to the firms concerned and the organisers of their event', () => {
    const deal = { supplierEnterpriseId: 'firm-a', buyerEnterpriseId: 'firm-b' };
    expect(Access.maySeeDeal(member, deal, event)).toBe(true);
    expect(Access.maySeeDeal(organiser, deal, event)).toBe(true);
    expect(Access.maySeeDeal(otherOrganiser, deal, event)).toBe(false);
    expect(Access.maySeeDeal(stranger, deal, event)).toBe(false);
    expect(Access.maySeeDeal(organiser, deal, null)).toBe(false);
    expect(Access.maySeeDeal(admin, deal, null)).toBe(true);
    expect(Access.maySeeRatingComment(member, { enterpriseId: 'firm-a' }, event)).toBe(true);
    expect(Access.maySeeRatingComment(viewer(Role.MEMBER, 'firm-b'), { enterpriseId: 'firm-a' }, event)).toBe(false);
    expect(Access.maySeeRatingComment(organiser, { enterpriseId: 'firm-a' }, event)).toBe(true);
    expect(Access.maySeeRatingComment(otherOrganiser, { enterpriseId: 'firm-a' }, event)).toBe(false);
  });

  it('delivers a notification to the firm it was sent to only', () => {
    expect(Access.maySeeNotification(member, { enterpriseId: 'firm-a' })).toBe(true);
    expect(Access.maySeeNotification(stranger, { enterpriseId: 'firm-a' })).toBe(false);
    expect(Access.maySeeNotification(admin, { enterpriseId: 'firm-a' })).toBe(false);
  });

  it('lets an import write only listings its organiser created for firms nobody has claimed', () => {
    const unclaimed = { claimed: false };
    expect(Access.importMayWriteListing('org-1', unclaimed, null)).toBe(true);
    expect(Access.importMayWriteListing('org-1', unclaimed, { importedByUserId: 'org-1' })).toBe(true);
    expect(Access.importMayWriteListing('org-2', unclaimed, { importedByUserId: 'org-1' })).toBe(false);
    expect(Access.importMayWriteListing('org-1', unclaimed, { importedByUserId: null })).toBe(false);
    // A claimed firm: nothing, not even a new listing (the row becomes a proposal).
    expect(Access.importMayWriteListing('org-1', { claimed: true }, null)).toBe(false);
    expect(Access.importMayWriteListing('org-1', { claimed: true }, { importedByUserId: 'org-1' })).toBe(false);
  });

  it('leaves a listing proposal to the firm’s members, even against admins and organisers', () => {
    expect(Access.mayAnswerListingProposal(member, { enterpriseId: 'firm-a' })).toBe(true);
    for (const v of [stranger, organiser, admin, null])
      expect(Access.mayAnswerListingProposal(v, { enterpriseId: 'firm-a' })).toBe(false);
  });

  it('has a claim reviewed by the organiser who imported the firm, or an admin', () => {
    const firm = { importedByUserId: 'org-1' };
    expect(Access.mayReviewEnterpriseClaim(organiser, firm)).toBe(true);
    expect(Access.mayReviewEnterpriseClaim(admin, firm)).toBe(true);
    expect(Access.mayReviewEnterpriseClaim(otherOrganiser, firm)).toBe(false);
    expect(Access.mayReviewEnterpriseClaim(viewer(Role.MEMBER, null, 'org-1'), firm)).toBe(false);
    expect(Access.mayReviewEnterpriseClaim(member, firm)).toBe(false);
    expect(Access.enterpriseClaimScope(admin)).toBe('ALL');
    expect(Access.enterpriseClaimScope(organiser)).toEqual({ importedByUserId: 'org-1' });
    expect(Access.enterpriseClaimScope(member)).toBeNull();
  });

  it('has a firm verified by admins and by organisers of an event it registered for only', () => {
    expect(Access.mayVerifyEnterprise(admin, { organisesItsEvent: false })).toBe(true);
    expect(Access.mayVerifyEnterprise(organiser, { organisesItsEvent: true })).toBe(true);
    expect(Access.mayVerifyEnterprise(otherOrganiser, { organisesItsEvent: false })).toBe(false);
    expect(Access.mayVerifyEnterprise(member, { organisesItsEvent: true })).toBe(false);
    expect(Access.mayReviewEnterprises(admin)).toBe(true);
    expect(Access.mayReviewEnterprises(organiser)).toBe(false);
  });
});
