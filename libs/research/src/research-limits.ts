import type { ListBound } from '@duijie/common';

/** How many matches a need's or result's list shows. */
export const TECH_MATCH_LIST: ListBound = { fallback: 20, max: 100 };
/** A result names at most this many chain categories. */
export const MAX_TECH_CATEGORIES = 5;
/** A result lists at most this many patents and other IP rights. */
export const MAX_IP_RIGHTS = 20;
/** An event report's technology contracts name at most this many prefectures (most contracts first). */
export const TECH_REPORT_REGIONS = 50;
