import { Batcher } from './match-batcher';

/** A `run` whose calls are recorded and finish only when the test says so. */
function gatedRun() {
  const calls: { items: number[]; finish: () => void; fail: (err: Error) => void }[] = [];
  const run = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ items, finish: () => resolve(items.map((i) => `r${i}`)), fail: reject });
    });
  return { calls, run };
}

/** A few turns of the event loop: enough for settled batches to start the next ones. */
const turn = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};

describe('Batcher', () => {
  it('runs a lone call at once, alone', async () => {
    const { calls, run } = gatedRun();
    const b = new Batcher(run, 10, 1);
    const p = b.submit(1);
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0].finish();
    await expect(p).resolves.toBe('r1');
  });

  it('groups the calls that arrive while a batch runs, up to maxSize, in arrival order', async () => {
    const { calls, run } = gatedRun();
    const b = new Batcher(run, 3, 1);
    const first = b.submit(0);
    await turn();
    const rest = [1, 2, 3, 4, 5].map((i) => b.submit(i));
    await turn();
    expect(calls).toHaveLength(1); // one batch at a time
    expect(b.load).toEqual({ waiting: 5, running: 1 });
    calls[0].finish();
    await first;
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[0], [1, 2, 3]]);
    calls[1].finish();
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[0], [1, 2, 3], [4, 5]]);
    calls[2].finish();
    await expect(Promise.all(rest)).resolves.toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(b.load).toEqual({ waiting: 0, running: 0 });
  });

  it('keeps at most maxRunning batches under way', async () => {
    const { calls, run } = gatedRun();
    const b = new Batcher(run, 2, 2);
    const all = [0, 1, 2, 3, 4, 5].map((i) => b.submit(i));
    await turn();
    expect(calls.map((c) => c.items)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    calls[1].finish();
    await turn();
    expect(calls.map((c) => c.items)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    calls[0].finish();
    calls[2].finish();
    await expect(Promise.all(all)).resolves.toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('puts background items after every other waiting item', async () => {
    const { calls, run } = gatedRun();
    const b = new Batcher(run, 3, 1);
    const first = b.submit(0);
    await turn();
    const bulk = [10, 11, 12, 13].map((i) => b.submit(i, true));
    const posted = [1, 2].map((i) => b.submit(i));
    await turn();
    calls[0].finish();
    await first;
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[0], [1, 2, 10]]);
    calls[1].finish();
    await turn();
    expect(calls.map((c) => c.items)).toEqual([[0], [1, 2, 10], [11, 12, 13]]);
    calls[2].finish();
    await expect(Promise.all([...posted, ...bulk])).resolves.toEqual(['r1', 'r2', 'r10', 'r11', 'r12', 'r13']);
  });

  it('runs the items of a failed batch one by one, so that only the item at fault fails', async () => {
    const seen: number[][] = [];
    const b = new Batcher(
      async (items: number[]) => {
        seen.push(items);
        if (items.includes(2)) throw new Error('item 2 cannot be done');
        return items.map((i) => `r${i}`);
      },
      10,
      1,
    );
    const results = await Promise.allSettled([1, 2, 3].map((i) => b.submit(i)));
    expect(seen).toEqual([[1, 2, 3], [1], [2], [3]]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'r1' },
      { status: 'rejected', reason: new Error('item 2 cannot be done') },
      { status: 'fulfilled', value: 'r3' },
    ]);
  });

  it('fails a batch whose run answers a result per item wrongly', async () => {
    const b = new Batcher(async () => ['only one'], 10, 1);
    await expect(b.submit(1)).resolves.toBe('only one');
    const both = Promise.allSettled([b.submit(1), b.submit(2)]);
    // Alone, each item gets the one answer; together they did not.
    await expect(both).resolves.toEqual([
      { status: 'fulfilled', value: 'only one' },
      { status: 'fulfilled', value: 'only one' },
    ]);
    const none = new Batcher(async () => [] as string[], 10, 1);
    await expect(none.submit(1)).rejects.toThrow('batch answered 0 results for 1 items');
  });
});
