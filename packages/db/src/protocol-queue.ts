import type { PGlite } from '@electric-sql/pglite';

/** Extended-query messages after which the same connection must speak next: Parse, Bind, Describe, Execute, Close, Flush. */
const CONTINUES_UNIT = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Serialises the socket's connections onto PGlite's single session by protocol unit, not by message.
 *
 * pglite-socket 0.2.17 queues single messages, so the Parse/Bind/Execute/Sync of two connections interleave on the
 * one backend: one connection's Bind meets the other's unnamed statement ("bind message supplies 13 parameters, but
 * prepared statement requires 2") or reads the other's rows. Here a connection keeps the session from its first
 * message until its unit ends — a Sync or a simple Query — and for as long as it has a transaction open.
 * It replaces the server's queue object and keeps that object's interface.
 */
export class ProtocolUnitQueue {
  private readonly queue: Pending[] = [];
  private processing = false;
  /** The connection that holds the session mid-unit or mid-transaction, or null. */
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = this.owner === null ? 0 : this.queue.findIndex((p) => p.handlerId === this.owner);
        // The owner has not sent its next message yet: everyone else waits for it.
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        if (item) await this.run(item);
      }
    } finally {
      this.processing = false;
    }
  }

  private async run(item: Pending): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data: Uint8Array) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
    } catch (error) {
      this.owner = this.db.isInTransaction() ? item.handlerId : null;
      item.reject(error);
      return;
    }
    const continues = CONTINUES_UNIT.has(item.message[0] ?? 0);
    this.owner = continues || this.db.isInTransaction() ? item.handlerId : null;
    item.resolve(bytes);
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]?.handlerId === handlerId) this.queue.splice(i, 1)[0]?.reject(new Error('Handler disconnected'));
    }
  }

  /** A connection that goes away mid-unit or mid-transaction must not keep the session: roll back and release it. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    await this.processQueue();
  }
}
