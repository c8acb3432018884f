import type { NewNotification } from '@duijie/notifications';

/**
 * The firm is told once per import that an organiser's 供需清单 named it: the rows wait as listing
 * proposals (待确认的供需信息) until the firm accepts or rejects each; nothing of the firm changed.
 */
export function listingsProposed(
  event: { id: string; title: string },
  enterpriseId: string,
  importId: string,
): NewNotification {
  return {
    enterpriseId,
    kind: 'LISTING_PROPOSED',
    key: `listing-proposed-${importId}-${enterpriseId}`,
    title: `「${event.title}」主办方为贵企业提交了待确认的供需信息`,
    body: '主办方导入的供需清单中列有贵企业的供需信息。贵企业的现有信息未被改动；请在“待确认的供需信息”中逐条接受或拒绝，接受后该信息才会发布，并以此报名该活动。',
    data: { eventId: event.id, importId },
  };
}
