/** The bounds of investment's lists (list-bounds.ts costs them). */
export const INVESTMENT_LIMITS = {
  /** A panorama node's drawer lists this many projects at most (`first`). */
  nodeProjects: { fallback: 20, max: 100 },
  /** An entry's stage changes shown, the latest this many. */
  history: 100,
  projectCategories: 10,
  /** A summary's regions, the largest amounts first. */
  summaryRegions: 500,
};
