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
});
