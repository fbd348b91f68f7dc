/** The last version and hash of a stream, as this process last saw them. */
export interface StreamHead {
  version: number;
  hash: string;
}

/**
 * A bounded, least-recently-used memory of stream heads. It only lets an append take the fast
 * path (hashes computed here, one compare-and-set on the head); a stale entry costs a fallback to
 * the general path, never a wrong result.
 */
export class StreamHeads {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string, version: number): StreamHead | undefined {
    const head = this.heads.get(streamId);
    if (!head || head.version !== version) return undefined;
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    return head;
  }

  set(streamId: string, head: StreamHead): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) {
      const oldest = this.heads.keys().next().value;
      if (oldest !== undefined) this.heads.delete(oldest);
    }
  }
}
