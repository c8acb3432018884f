import { FileProblem, parseSpreadsheet } from './parse';
import { SpreadsheetReader } from './spreadsheet-reader';

const HEADER = '企业名称,统一社会信用代码,类型,产品名称,产业链分类代码,数量,单位,所在地区代码';
const csv = (rows: number) =>
  Buffer.from(
    [
      HEADER,
      ...Array.from({ length: rows }, (_, i) => `遵义酒瓶厂${i},,供应,高白料玻璃酒瓶 ${i},3054,${i + 1},只,520302`),
    ].join('\r\n'),
    'utf8',
  );

describe('SpreadsheetReader: files read in a thread of their own', () => {
  let reader: SpreadsheetReader;
  beforeEach(() => (reader = new SpreadsheetReader()));
  afterEach(() => reader.onModuleDestroy());

  it('reads the rows parseSpreadsheet reads, in one thread kept for the next files', async () => {
    const file = csv(50);
    expect(await reader.read(file)).toEqual(await parseSpreadsheet(file));
    const again = csv(3);
    expect(await reader.read(again)).toEqual(await parseSpreadsheet(again));
    expect(reader.threadsStarted).toBe(1);
  });

  it("answers a file's problem as the FileProblem it is, and the thread reads the next file", async () => {
    const problem = reader.read(Buffer.alloc(0));
    await expect(problem).rejects.toBeInstanceOf(FileProblem);
    await expect(reader.read(Buffer.alloc(0))).rejects.toThrow('文件为空');
    expect((await reader.read(csv(2))).rows).toHaveLength(2);
    expect(reader.threadsStarted).toBe(1);
  });

  it('reads files sent at once, each answered with its own rows', async () => {
    const sizes = [5, 1, 8, 3];
    const answers = await Promise.all(sizes.map((n) => reader.read(csv(n))));
    expect(answers.map((a) => a.rows.length)).toEqual(sizes);
    expect(answers[2].rows[7].cells.title).toBe('高白料玻璃酒瓶 7');
  });

  it("keeps the caller's event loop free while a file is read", async () => {
    // Read on the caller's loop, a file of 20,000 rows would let no timer run until its rows came back.
    let ticks = 0;
    let reading = true;
    const tick = () => {
      ticks++;
      if (reading) setImmediate(tick);
    };
    setImmediate(tick);
    const parsed = await reader.read(csv(20_000));
    reading = false;
    expect(parsed.rows).toHaveLength(20_000);
    expect(ticks).toBeGreaterThan(10);
  });

  it('refuses a file not read within the deadline, in Chinese, each in a new thread', async () => {
    const hurried = new SpreadsheetReader({ deadlineMs: 1 });
    try {
      await expect(hurried.read(csv(10))).rejects.toThrow(/读取该文件超过 0 秒仍未完成/);
      await expect(hurried.read(csv(10))).rejects.toBeInstanceOf(FileProblem);
      expect(hurried.threadsStarted).toBe(2);
    } finally {
      await hurried.onModuleDestroy();
    }
  });

  it('refuses a file whose reading runs out of the heap, and the next file gets a new thread', async () => {
    // 16 MB is less than the thread needs at all: every read ends the way a memory bomb does.
    const small = new SpreadsheetReader({ maxHeapMb: 16 });
    try {
      await expect(small.read(csv(10))).rejects.toThrow(/超出了内存上限/);
      await expect(small.read(csv(10))).rejects.toBeInstanceOf(FileProblem);
      expect(small.threadsStarted).toBe(2);
    } finally {
      await small.onModuleDestroy();
    }
  });

  it('refuses files once stopped, and answers the ones waiting', async () => {
    const answered = [reader.read(csv(10)), reader.read(csv(10))].map((p) => expect(p).rejects.toThrow('stopped'));
    await reader.onModuleDestroy();
    await Promise.all(answered);
    await expect(reader.read(csv(1))).rejects.toThrow('stopped');
  });
});
