/**
 * A `region_calendars` row (alias `c`) as the JSON of a RegionCalendar (`@mutasi/transfers`):
 * what the proposal loader and the planner's loader read for the eligibility rules.
 */
export const REGION_CALENDAR_JSON = `json_build_object(
  'regionCode', c.region_code, 'termStart', c.term_start::text, 'termEnd', c.term_end::text,
  'candidateDeterminationDate', c.candidate_determination_date::text)`;
