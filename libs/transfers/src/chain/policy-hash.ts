import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import type { ApprovalChainPolicy } from './approval-chain.policy';

/** sha256 (hex) of the policy's canonical JSON. */
export function policyHash(policy: ApprovalChainPolicy): string {
  return createHash('sha256').update(canonicalJson(policy)).digest('hex');
}
