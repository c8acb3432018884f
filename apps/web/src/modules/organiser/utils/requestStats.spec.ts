import { requestStats } from './requestStats';

const a = { id: 'a', name: '甲酒业' };
const b = { id: 'b', name: '乙包装' };
const c = { id: 'c', name: '丙玻璃' };
const q = (id: string, requester: typeof a, invitee: typeof a, status: string, mutual = false) => ({
  id,
  requester,
  invitee,
  status,
  mutual,
});

describe('requestStats', () => {
  const requests = [
    q('1', a, b, 'ACCEPTED', true),
    q('2', a, c, 'PENDING'),
    q('3', c, b, 'ACCEPTED'),
    q('4', b, c, 'DECLINED'),
  ];
  const stats = requestStats(requests, new Set(['1']));

  it('counts each firm’s sent, received and accepted requests, most active first', () => {
    expect(stats.byFirm.map((f) => [f.name, f.sent, f.received, f.accepted, f.towardsCap])).toEqual([
      ['丙玻璃', 1, 2, 1, 1],
      ['乙包装', 1, 2, 2, 0],
      ['甲酒业', 2, 0, 1, 2],
    ]);
  });

  it('lists mutual pairs and accepted requests without a meeting', () => {
    expect(stats.mutual.map((r) => r.id)).toEqual(['1']);
    expect(stats.unplaced.map((r) => r.id)).toEqual(['3']);
    expect(stats.total).toBe(4);
  });
});
