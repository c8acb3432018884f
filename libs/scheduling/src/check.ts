import type { Placement, SchedulingProblem } from './types';

/**
 * Every rule a schedule must keep, checked from scratch: each request at most once, nobody in
 * two meetings at once (published ones included), nobody in a slot they cannot attend, one
 * meeting per table and slot, and each table carrying the tags its meeting needs.
 * Returns the broken rules in words; an empty list means the schedule is valid.
 */
export function scheduleViolations(problem: SchedulingProblem, placements: readonly Placement[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  const firmAt = new Set<string>();
  const tableAt = new Set<string>();
  for (const f of problem.fixed) {
    tableAt.add(`${f.slot}:${f.table}`);
    for (const p of f.parties) firmAt.add(`${p}@${f.slot}`);
  }
  const fixedRequests = new Set(problem.fixed.map((f) => f.requestId).filter(Boolean));
  for (const { request, slot, table } of placements) {
    const r = problem.requests[request];
    if (!r || slot < 0 || slot >= problem.slots.length || table < 0 || table >= problem.tables.length) {
      problems.push(`placement out of range: ${request}/${slot}/${table}`);
      continue;
    }
    if (seen.has(request) || fixedRequests.has(r.id)) problems.push(`request ${r.id} placed twice`);
    seen.add(request);
    if (tableAt.has(`${slot}:${table}`))
      problems.push(`table ${problem.tables[table].label} double-booked in slot ${slot}`);
    tableAt.add(`${slot}:${table}`);
    for (const p of r.parties) {
      if (firmAt.has(`${p}@${slot}`)) problems.push(`${p} in two meetings in slot ${slot}`);
      firmAt.add(`${p}@${slot}`);
      if (problem.unavailable.get(p)?.has(slot)) problems.push(`${p} placed in unavailable slot ${slot}`);
    }
    const tags = new Set(problem.tables[table].tags);
    const missing = r.needs.filter((n) => !tags.has(n));
    if (missing.length)
      problems.push(`request ${r.id} at table ${problem.tables[table].label} lacks ${missing.join(',')}`);
  }
  return problems;
}
