import { listKeepsStatus } from './registrationFilters';

describe('listKeepsStatus', () => {
  it('drops a reviewed registration from lists filtered by another status only', () => {
    expect(listKeepsStatus('registrations({"first":500,"status":"PENDING"})', 'APPROVED')).toBe(false);
    expect(listKeepsStatus('registrations({"first":500,"status":"APPROVED"})', 'APPROVED')).toBe(true);
    expect(listKeepsStatus('registrations({"first":500})', 'REJECTED')).toBe(true);
    expect(listKeepsStatus('registrations', 'REJECTED')).toBe(true);
  });
});
