import { createHash } from 'node:crypto';
import type { PlanParameters } from './plan-parameters';
import type { PlannerInput } from './planner-input';
import { sortedBy } from './sorted-by';
import { runSteps, STEP_RECORDS, type Steps } from './steps';

/**
 * sha256 (hex) of everything a plan is computed from: one JSON array per record, its fields in a
 * fixed order, records sorted by id, so the same data and parameters give the same hash whatever
 * order they were read in.
 */
export function planInputHash(input: PlannerInput, parameters: PlanParameters): string {
  return runSteps(inputHashSteps(input, parameters));
}

/** `planInputHash` in pieces (see steps.ts). */
export function* inputHashSteps(input: PlannerInput, parameters: PlanParameters): Steps<string> {
  const hash = createHash('sha256');
  function* section<T>(name: string, items: readonly T[], key: (item: T) => string, fields: (item: T) => unknown[]) {
    hash.update(`${name}\n`);
    const keyed = items.map((item) => ({ key: key(item), item }));
    yield;
    // Lines go to the hash a slice at a time: the same bytes, far fewer calls into the digest.
    let lines = '';
    let written = 0;
    for (const { item } of sortedBy(keyed, (k) => k.key)) {
      lines += `${JSON.stringify(fields(item))}\n`;
      if (++written % STEP_RECORDS === 0) {
        hash.update(lines);
        lines = '';
        yield;
      }
    }
    hash.update(lines);
  }
  const p = parameters;
  hash.update(
    `${JSON.stringify([
      input.today,
      input.settings.effectiveMinutesPerYear,
      input.settings.rounding,
      p.maxMovesPerUnit,
      p.keepNeed,
      p.allowInterAgency,
      p.allowInterProvince,
      p.wishWeight,
      p.aspirantsOnly,
      p.requestedEffectiveDate,
    ])}\n`,
  );
  yield* section(
    'agencies',
    input.agencies,
    (a) => a.id,
    (a) => [a.id, a.name, a.kind, a.regionCode],
  );
  yield* section(
    'units',
    input.units,
    (u) => u.id,
    (u) => [u.id, u.name, u.agencyId, u.topUnitId],
  );
  yield* section(
    'positions',
    input.positions,
    (p) => p.id,
    (p) => [p.id, p.unitId, p.title, p.type, p.minRank, p.educationFields, p.annualWorkloadMinutes],
  );
  yield* section(
    'employees',
    input.employees,
    (e) => e.nip,
    (e) => [
      e.nip,
      e.name,
      e.status,
      e.rank,
      e.birthDate,
      e.positionId,
      e.positionSince,
      e.civilServantSince,
      e.educationLevel,
      e.educationField,
      e.performanceRatings,
      e.disciplinaryUntil,
      e.onStudyLeave,
    ],
  );
  yield* section(
    'wishes',
    input.wishes,
    (w) => `${w.nip}:${w.rank}`,
    (w) => [w.nip, w.rank, w.unitId, w.positionId],
  );
  yield* section(
    'openProposals',
    input.openProposals,
    (o) => o.transferId,
    (o) => [o.transferId, o.employeeNip, o.targetPositionId],
  );
  // Left out when empty, so a plan drafted before region calendars existed keeps its hash.
  if (input.regionCalendars.length > 0) {
    yield* section(
      'regionCalendars',
      input.regionCalendars,
      (c) => c.regionCode,
      (c) => [c.regionCode, c.termStart, c.termEnd, c.candidateDeterminationDate],
    );
  }
  return hash.digest('hex');
}
