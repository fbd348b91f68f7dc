import { createHash } from 'node:crypto';
import { canonicalJson } from '@mutasi/event-store/canonical-json';
import type { ApprovalChainPolicy } from './approval-chain.policy';

/** Policies are immutable data, so each object's hash is computed once (every proposal pins it). */
const hashes = new WeakMap<ApprovalChainPolicy, string>();

/** sha256 (hex) of the policy's canonical JSON. */
export function policyHash(policy: ApprovalChainPolicy): string {
  let hash = hashes.get(policy);
  if (hash === undefined) {
    hash = createHash('sha256').update(canonicalJson(policy)).digest('hex');
    hashes.set(policy, hash);
  }
  return hash;
}
