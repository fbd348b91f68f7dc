/** What a plan covers: one agency, the agencies of a region (kab/kota or province code), or a whole province. */
export type PlanScopeKind = 'agency' | 'region' | 'province';

export interface PlanScope {
  kind: PlanScopeKind;
  /** The agency id, region code (`99.02`) or province code (`99`). */
  id: string;
  /** The agencies it resolved to when the plan was drafted, sorted. */
  agencyIds: string[];
}
