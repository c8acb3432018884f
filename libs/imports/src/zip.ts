import { inflateRawSync } from 'node:zlib';

import { FileProblem } from './file-problem';

/** One member of a zip archive as its central directory lists it. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * A reader for the zip container of an .xlsx that never inflates more than it was told it may:
 * the central directory is read first, members are inflated one at a time on demand, and each
 * inflation stops at `maxBytes` (zlib's maxOutputLength), whatever the member claims its size is.
 */
export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly data: Buffer) {
    const eocd = this.findEndOfCentralDirectory();
    const count = data.readUInt16LE(eocd + 10);
    let p = data.readUInt32LE(eocd + 16);
    if (count > 10_000) throw new FileProblem('无法读取该 .xlsx 文件（压缩包内文件过多）');
    for (let i = 0; i < count; i++) {
      if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50)
        throw new FileProblem('无法读取该 .xlsx 文件（文件损坏或不是 Excel 工作簿）');
      const nameLength = data.readUInt16LE(p + 28);
      const extra = data.readUInt16LE(p + 30);
      const comment = data.readUInt16LE(p + 32);
      const name = data.toString('utf8', p + 46, p + 46 + nameLength).replace(/^\//, '');
      this.entries.set(name, {
        name,
        method: data.readUInt16LE(p + 10),
        compressedSize: data.readUInt32LE(p + 20),
        size: data.readUInt32LE(p + 24),
        offset: data.readUInt32LE(p + 42),
      });
      p += 46 + nameLength + extra + comment;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A member's bytes, or null when absent; a FileProblem when it inflates beyond maxBytes. */
  read(name: string, maxBytes: number): Buffer | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const d = this.data;
    if (e.offset + 30 > d.length || d.readUInt32LE(e.offset) !== 0x04034b50)
      throw new FileProblem('无法读取该 .xlsx 文件（文件损坏）');
    const start = e.offset + 30 + d.readUInt16LE(e.offset + 26) + d.readUInt16LE(e.offset + 28);
    const raw = d.subarray(start, start + e.compressedSize);
    const tooBig = () =>
      new FileProblem(
        `工作簿内容解压后过大（${name} 超过 ${Math.round(maxBytes / 1048576)} MB）；请删去空行空列或分批导入`,
      );
    if (e.method === 0) {
      if (raw.length > maxBytes) throw tooBig();
      return raw;
    }
    if (e.method !== 8) throw new FileProblem('无法读取该 .xlsx 文件（不支持的压缩方式）');
    if (e.size > maxBytes) throw tooBig();
    try {
      return inflateRawSync(raw, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooBig();
      throw new FileProblem('无法读取该 .xlsx 文件（文件损坏）');
    }
  }

  private findEndOfCentralDirectory(): number {
    const d = this.data;
    for (let p = d.length - 22; p >= Math.max(0, d.length - 22 - 65_535); p--) {
      if (d.readUInt32LE(p) === 0x06054b50) return p;
    }
    throw new FileProblem('无法读取该 .xlsx 文件（文件损坏或不是 Excel 工作簿）');
  }
}
