import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The Ed25519 key that signs audit export manifests: `AUDIT_SIGNING_KEY` (a PKCS#8 PEM) when set,
 * otherwise one derived from the JWT secret, so every process of a deployment signs with the same
 * key without another secret to manage. Auditors verify with the public key (GET /audit/public-key).
 */
export class AuditSigningKey {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;

  constructor(options: { pem?: string; fallbackSecret: string }) {
    this.privateKey = options.pem
      ? createPrivateKey(options.pem)
      : createPrivateKey({
          key: Buffer.concat([
            ED25519_PKCS8_PREFIX,
            createHash('sha256').update(`mutasi audit signing key\0${options.fallbackSecret}`).digest(),
          ]),
          format: 'der',
          type: 'pkcs8',
        });
    if (this.privateKey.asymmetricKeyType !== 'ed25519') throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 key');
    this.publicKeyPem = createPublicKey(this.privateKey).export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Base64 Ed25519 signature over the UTF-8 text. */
  sign(text: string): string {
    return sign(null, Buffer.from(text, 'utf8'), this.privateKey).toString('base64');
  }
}
