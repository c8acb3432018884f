/**
 * The entry of the file reader's thread (see spreadsheet-reader.ts): reads each file it is sent
 * and posts the rows back, so that inflating, decoding and walking a workbook never holds the
 * API's event loop. Relative imports only: this file runs without path aliases.
 */
import { parentPort } from 'node:worker_threads';

import { FileProblem } from './file-problem';
import { parseSpreadsheet } from './parse';

export interface ReadRequest {
  id: number;
  data: Uint8Array;
}

export type ReadAnswer =
  | { id: number; parsed: Awaited<ReturnType<typeof parseSpreadsheet>> }
  | { id: number; problem: string }
  | { id: number; error: string };

const port = parentPort!;

port.on('message', ({ id, data }: ReadRequest) => {
  parseSpreadsheet(Buffer.from(data.buffer, data.byteOffset, data.byteLength)).then(
    (parsed) => port.postMessage({ id, parsed } satisfies ReadAnswer),
    (err: unknown) =>
      port.postMessage(
        (err instanceof FileProblem
          ? { id, problem: err.message }
          : { id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }) satisfies ReadAnswer,
      ),
  );
});
