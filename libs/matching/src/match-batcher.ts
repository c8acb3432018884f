/**
 * Groups calls that arrive while earlier ones run into one call of `run` over all of them, so that
 * work with a fixed cost per call (a round trip, a commit) is paid once for many items. A call that
 * finds fewer than `maxRunning` batches under way starts one at the next turn of the event loop
 * (with whatever arrived in the same turn); otherwise it waits for the next batch, which takes up to
 * `maxSize` of the waiting items in arrival order. Idle, a call is not delayed; busy, the batches
 * grow with the load.
 *
 * Calls submitted as `background` (bulk work) wait apart and fill a batch only after every other
 * waiting call, so that a call made while thousands of background ones wait is not queued behind them.
 *
 * When a batch of several fails, each of its items is run again alone, so that one item that
 * cannot be done fails only its own call, not the calls that happened to share its batch.
 */
export class Batcher<T, R> {
  private readonly waiting: Waiting<T, R>[] = [];
  private readonly background: Waiting<T, R>[] = [];
  private running = 0;
  private flushQueued = false;

  /** `run` answers one result per item, in the items' order. */
  constructor(
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly maxSize: number,
    private readonly maxRunning: number,
  ) {}

  submit(item: T, background = false): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      (background ? this.background : this.waiting).push({ item, resolve, reject });
      this.queueFlush();
    });
  }

  /** Items waiting for a batch, and batches under way (for tests and logs). */
  get load(): { waiting: number; running: number } {
    return { waiting: this.waiting.length + this.background.length, running: this.running };
  }

  private queueFlush(): void {
    if (this.flushQueued || this.running >= this.maxRunning || !this.load.waiting) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.running < this.maxRunning && this.load.waiting) {
      const batch = this.waiting.splice(0, this.maxSize);
      batch.push(...this.background.splice(0, this.maxSize - batch.length));
      this.running++;
      void this.settle(batch).finally(() => {
        this.running--;
        this.queueFlush();
      });
    }
  }

  private async settle(batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.call(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(results[i]));
    } catch (err) {
      if (batch.length === 1) {
        batch[0].reject(err);
        return;
      }
      // One at a time, so that the item at fault fails alone.
      for (const b of batch) {
        try {
          b.resolve((await this.call([b.item]))[0]);
        } catch (itemErr) {
          b.reject(itemErr);
        }
      }
    }
  }

  private async call(items: T[]): Promise<R[]> {
    const results = await this.run(items);
    if (results.length !== items.length) {
      throw new Error(`batch answered ${results.length} results for ${items.length} items`);
    }
    return results;
  }
}

interface Waiting<T, R> {
  item: T;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}
