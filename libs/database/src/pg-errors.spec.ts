import { retryTransient } from './pg-errors';

const pgError = (code: string) => Object.assign(new Error(code), { driverError: { code } });

describe('retryTransient', () => {
  it('runs the transaction again after a deadlock or a serialization failure', async () => {
    const errors = [pgError('40P01'), pgError('40001')];
    let runs = 0;
    const result = await retryTransient(async () => {
      runs++;
      const e = errors.shift();
      if (e) throw e;
      return 'done';
    });
    expect(result).toBe('done');
    expect(runs).toBe(3);
  });

  it('gives up after the attempts, and never retries other errors', async () => {
    let runs = 0;
    await expect(
      retryTransient(async () => {
        runs++;
        throw pgError('40P01');
      }, 2),
    ).rejects.toThrow('40P01');
    expect(runs).toBe(2);
    runs = 0;
    await expect(
      retryTransient(async () => {
        runs++;
        throw pgError('23505');
      }),
    ).rejects.toThrow('23505');
    expect(runs).toBe(1);
  });
});
