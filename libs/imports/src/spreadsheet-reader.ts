import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';

import { FileProblem } from './file-problem';
import type { ParsedSheet } from './parse';
import type { ReadAnswer, ReadRequest } from './read.thread';

export interface ReaderOptions {
  /** A file not read within this long is refused and its thread ended (default 30 s). */
  deadlineMs?: number;
  /** Caps the thread's JavaScript heap: a file that needs more is refused (default 1,024 MB). */
  maxHeapMb?: number;
}

export const READER_OPTIONS = Symbol('READER_OPTIONS');

interface Pending {
  id: number;
  data: Buffer;
  resolve: (parsed: ParsedSheet) => void;
  reject: (err: Error) => void;
}

/**
 * The thread's entry beside this file: read.thread.js in the built dist, read.thread.ts under
 * ts-node and jest, where the thread registers ts-node itself (jest's transform does not reach it).
 */
function entry(): { file: string; execArgv?: string[] } {
  const ext = extname(__filename);
  const file = join(__dirname, `read.thread${ext}`);
  return ext === '.ts' ? { file, execArgv: ['--require', 'ts-node/register/transpile-only'] } : { file };
}

/**
 * Reads uploaded spreadsheets in a thread of the process's own, one file at a time, so that a
 * large or hostile file (two million cells, a workbook that inflates to 64 MB) never stalls the
 * requests of everyone else. The thread is started on the first upload and kept for the next; one
 * that runs past its deadline or out of its heap is ended, its file refused with a message that
 * says why, and the next file gets a new thread.
 */
@Injectable()
export class SpreadsheetReader implements OnModuleDestroy {
  private readonly deadlineMs: number;
  private readonly maxHeapMb: number;
  private thread: Worker | null = null;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private stopped = false;
  /** Threads started so far (for tests: a thread is kept between files and replaced when it fails). */
  threadsStarted = 0;

  constructor(@Optional() @Inject(READER_OPTIONS) options: ReaderOptions | null = null) {
    this.deadlineMs = options?.deadlineMs ?? 30_000;
    this.maxHeapMb = options?.maxHeapMb ?? 1024;
  }

  /** The file's rows, as `parseSpreadsheet` reads them; a `FileProblem` when the file cannot be read. */
  read(data: Buffer): Promise<ParsedSheet> {
    if (this.stopped) return Promise.reject(new Error('the spreadsheet reader is stopped'));
    return new Promise<ParsedSheet>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, data, resolve, reject });
      this.next();
    });
  }

  onModuleDestroy(): Promise<void> {
    this.stopped = true;
    const stopping = new Error('the spreadsheet reader is stopped');
    for (const p of this.waiting.splice(0)) p.reject(stopping);
    this.settle((p) => p.reject(stopping));
    return this.end();
  }

  private next(): void {
    if (this.current || !this.waiting.length) return;
    const pending = this.waiting.shift()!;
    this.current = pending;
    const thread = this.thread ?? this.start();
    thread.ref();
    thread.postMessage({ id: pending.id, data: pending.data } satisfies ReadRequest);
    this.timer = setTimeout(() => {
      this.settle((p) =>
        p.reject(
          new FileProblem(
            `读取该文件超过 ${Math.round(this.deadlineMs / 1000)} 秒仍未完成，已停止；请删去多余的工作表或内容，或分批导入`,
          ),
        ),
      );
      void this.end();
      this.next();
    }, this.deadlineMs);
  }

  private start(): Worker {
    const { file, execArgv } = entry();
    const thread = new Worker(file, {
      execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    this.threadsStarted++;
    this.thread = thread;
    thread.on('message', (answer: ReadAnswer) => {
      if (thread !== this.thread || answer.id !== this.current?.id) return;
      this.settle((p) => {
        if ('parsed' in answer) p.resolve(answer.parsed);
        else if ('problem' in answer) p.reject(new FileProblem(answer.problem));
        else p.reject(new Error(`the spreadsheet reader failed: ${answer.error}`));
      });
      this.next();
    });
    const died = (err: Error | null) => {
      if (thread !== this.thread) return;
      this.thread = null;
      const outOfMemory = (err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.settle((p) =>
        p.reject(
          new FileProblem(
            outOfMemory
              ? '该文件过于庞大或复杂，读取时超出了内存上限；请删去多余的工作表或内容，或分批导入'
              : '无法读取该文件（读取时出错）；请另存为 .xlsx 或 .csv 后重试',
          ),
        ),
      );
      this.next();
    };
    thread.on('error', died);
    thread.on('exit', () => died(null));
    return thread;
  }

  /** Answers the file being read and leaves the thread idle (not holding the process open). */
  private settle(answer: (p: Pending) => void): void {
    const p = this.current;
    if (!p) return;
    this.current = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.thread?.unref();
    answer(p);
  }

  private async end(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }
}
