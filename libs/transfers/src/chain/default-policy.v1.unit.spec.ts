import { TRANSFER_KINDS } from '../transfer-kind';
import { DEFAULT_POLICY_V1 } from './default-policy.v1';
import { policyHash } from './policy-hash';

describe('default policy v1', () => {
  it('opens every chain with the employee hearing', () => {
    for (const kind of TRANSFER_KINDS) {
      expect(DEFAULT_POLICY_V1.chains[kind][0].tasks).toEqual([
        { type: 'hearing', chainRole: 'employee', side: 'origin', required: 1, purpose: 'hearing' },
      ]);
    }
  });

  it('ends every chain with the decree authority', () => {
    const last = (kind: (typeof TRANSFER_KINDS)[number]) => DEFAULT_POLICY_V1.chains[kind].at(-1)?.tasks[0].chainRole;
    expect(TRANSFER_KINDS.map(last)).toEqual([
      'ppk',
      'governor',
      'governor',
      'governor',
      'mendagri',
      'mendagri',
      'mendagri',
      'bkn_head',
    ]);
  });

  it('has a stable sha256 of its canonical JSON', () => {
    expect(policyHash(DEFAULT_POLICY_V1)).toMatch(/^[0-9a-f]{64}$/);
    expect(policyHash(structuredClone(DEFAULT_POLICY_V1))).toBe(policyHash(DEFAULT_POLICY_V1));
    expect(policyHash({ ...DEFAULT_POLICY_V1, dueInWorkingDays: 6 })).not.toBe(policyHash(DEFAULT_POLICY_V1));
  });
});
