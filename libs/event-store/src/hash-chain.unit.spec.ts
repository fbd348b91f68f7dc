import { canonicalJson } from './canonical-json';
import { canonicalEventText, chainHash, GENESIS_HASH, hashedContent } from './hash-chain';

describe('hash chain content', () => {
  const content = {
    eventId: '0b6c2f9e-3f43-4c2b-9d8c-2f3f7f5e2a10',
    streamId: 'transfer-1',
    type: 'TransferProposed',
    schemaVersion: 1,
    data: { z: [1, 'é'], a: { c: null, b: true } },
    metadata: { actorId: 'u', actorRole: 'operator', onBehalfOf: null, correlationId: 'c', causationId: null },
    recordedAt: '2026-11-23T01:02:03.004Z',
  };

  it('assembles the same text as the canonical JSON of the whole event', () => {
    const assembled = canonicalEventText({
      ...content,
      dataJson: canonicalJson(content.data),
      metadataJson: canonicalJson(content.metadata),
    });
    expect(assembled).toBe(hashedContent(content));
    expect(assembled).toBe(canonicalJson(content));
    expect(assembled).not.toContain('\n');
  });

  it('chains from the genesis hash', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(chainHash(GENESIS_HASH, '{}')).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, '{}')).not.toBe(chainHash(chainHash(GENESIS_HASH, '{}'), '{}'));
  });
});
