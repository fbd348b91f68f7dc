/**
 * `central` a ministry or national agency (BKN, Kemenkes); `provincial` a province government;
 * `regional` a kabupaten or kota government.
 */
export const AGENCY_KINDS = ['central', 'provincial', 'regional'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export function isAgencyKind(text: string): text is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(text);
}
