import { DomainError } from '../domain-error';
import { DEMO_DIRECTORY, demoPlacement } from '../testing/demo-data';
import { DEFAULT_POLICY_V1 } from './default-policy.v1';
import { chainSides, resolveChain } from './resolve-chain';

const sides = (originPositionId: string, targetPositionId: string) =>
  chainSides(demoPlacement(originPositionId), demoPlacement(targetPositionId));

const summary = (originPositionId: string, targetPositionId: string, kind: 'A' | 'B' | 'C' | 'E' | 'H', revision = 1) =>
  resolveChain(DEFAULT_POLICY_V1, kind, sides(originPositionId, targetPositionId), DEMO_DIRECTORY, revision).map(
    (stage) =>
      stage.tasks.map((t) => `${t.id} ${t.type} ${t.chainRole}/${t.side} ${t.positionIds.join(',')} ${t.required}`),
  );

describe('resolveChain', () => {
  it('resolves kind B: hearing, unit heads, PPKs, Pertek by the Kanreg, governor', () => {
    expect(summary('P000113', 'P000236', 'B')).toEqual([
      ['s0-t1 hearing employee/origin  1'],
      ['s1-t1 approval unit_head/origin P000110 1', 's1-t2 approval unit_head/target P000233 1'],
      ['s2-t1 approval ppk/target P000206 1'],
      ['s3-t1 approval ppk/origin P000083 1'],
      ['s4-t1 consultation bkn_regional/target P000371 1'],
      ['s5-t1 approval governor/target P000001 1'],
    ]);
  });

  it('resolves kind A with the TPK committee, 2 of 3', () => {
    expect(summary('P000205', 'P000170', 'A')).toEqual([
      ['s0-t1 hearing employee/origin  1'],
      ['s1-t1 approval unit_head/origin P000199 1', 's1-t2 approval unit_head/target P000166 1'],
      ['s2-t1 approval personnel_head/origin P000171 1'],
      ['s3-t1 approval tpk_member/origin P000166,P000167,P000173 2'],
      ['s4-t1 approval ppk/origin P000165 1'],
    ]);
  });

  it('resolves kind E across provinces: target governor, BKN head, Mendagri', () => {
    expect(summary('P000056', 'P000343', 'E').slice(4)).toEqual([
      ['s4-t1 approval governor/target P000247 1'],
      ['s5-t1 consultation bkn_head/national P000370 1'],
      ['s6-t1 approval mendagri/national P000375 1'],
    ]);
  });

  it('resolves kind H: the BKN head decides last', () => {
    expect(summary('P000379', 'P000063', 'H').at(-1)).toEqual(['s4-t1 approval bkn_head/national P000370 1']);
  });

  it('folds the unit heads of one OPD into one task', () => {
    const [, unitHeads] = resolveChain(DEFAULT_POLICY_V1, 'A', sides('P000113', 'P000114'), DEMO_DIRECTORY);
    expect(unitHeads.tasks).toEqual([
      expect.objectContaining({
        chainRole: 'unit_head',
        side: 'origin',
        positionIds: ['P000110'],
        alsoActsAs: [{ chainRole: 'unit_head', side: 'target', purpose: 'recommend' }],
      }),
    ]);
  });

  it('lets a governor who is also the origin PPK decide once, at the decree (kind C)', () => {
    const chain = resolveChain(DEFAULT_POLICY_V1, 'C', sides('P000038', 'P000243'), DEMO_DIRECTORY);
    expect(chain.map((stage) => stage.tasks.map((t) => t.chainRole))).toEqual([
      ['employee'],
      ['unit_head', 'unit_head'],
      ['ppk'],
      ['bkn_regional'],
      ['governor'],
    ]);
    expect(chain[4].tasks[0].alsoActsAs).toEqual([{ chainRole: 'ppk', side: 'origin', purpose: 'release' }]);
  });

  it('suffixes task ids with the revision after the first', () => {
    expect(summary('P000113', 'P000236', 'B', 2)[1]).toEqual([
      's1-t1-r2 approval unit_head/origin P000110 1',
      's1-t2-r2 approval unit_head/target P000233 1',
    ]);
  });

  it('throws CHAIN_ROLE_UNRESOLVED naming the role and side', () => {
    const directory = DEMO_DIRECTORY.filter((entry) => entry.positionId !== 'P000233');
    const resolve = () => resolveChain(DEFAULT_POLICY_V1, 'B', sides('P000113', 'P000236'), directory);
    expect(resolve).toThrow(DomainError);
    expect(resolve).toThrow(
      expect.objectContaining({
        code: 'CHAIN_ROLE_UNRESOLVED',
        details: expect.objectContaining({ chainRole: 'unit_head', side: 'target' }),
      }),
    );
  });

  it('refuses a committee with fewer members than votes needed', () => {
    const directory = DEMO_DIRECTORY.filter((entry) => !['P000167', 'P000173'].includes(entry.positionId));
    expect(() => resolveChain(DEFAULT_POLICY_V1, 'A', sides('P000205', 'P000170'), directory)).toThrow(
      expect.objectContaining({
        code: 'CHAIN_ROLE_UNRESOLVED',
        details: expect.objectContaining({ chainRole: 'tpk_member', found: 1, required: 2 }),
      }),
    );
  });
});
