import { FileProblem } from './file-problem';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT = 109;

const damaged = () => new FileProblem('无法读取该 .xls 文件（文件损坏或不是 Excel 工作簿）');

/** An OLE2 compound file's signature: D0 CF 11 E0 A1 B1 1A E1 (.xls, .et, and an .xlsx with an open password). */
export const isCompoundFile = (b: Buffer) =>
  b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/**
 * The streams of an OLE2 compound file (MS-CFB), what an .xls workbook is kept in. Every chain is
 * followed under a step bound (a file whose sector chain loops or points outside it is damaged, not
 * an endless read), and a stream is read only up to `maxBytes`.
 */
export class CompoundFile {
  private readonly sectorSize: number;
  private readonly fat: Uint32Array;
  private readonly entries: Entry[];
  private readonly miniCutoff: number;
  private miniFat: Uint32Array | null = null;
  private miniStream: Buffer | null = null;

  private readonly data: Buffer;

  constructor(
    file: Buffer,
    private readonly maxBytes: number,
  ) {
    if (file.length < 512 || !isCompoundFile(file)) throw damaged();
    const shift = file.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) throw damaged();
    this.sectorSize = 1 << shift;
    // some writers leave the last sector short: read it as if padded
    const short = file.length % this.sectorSize;
    const data = short ? Buffer.concat([file, Buffer.alloc(this.sectorSize - short)]) : file;
    this.data = data;
    this.miniCutoff = data.readUInt32LE(0x38);
    const fatSectors = data.readUInt32LE(0x2c);
    const sectors = Math.floor((data.length - this.sectorSize) / this.sectorSize) + 1;
    if (fatSectors > sectors) throw damaged();
    // The FAT's own sectors: 109 named in the header, the rest in the DIFAT chain.
    const fatList: number[] = [];
    for (let i = 0; i < Math.min(HEADER_DIFAT, fatSectors); i++) fatList.push(data.readUInt32LE(0x4c + 4 * i));
    let difat = data.readUInt32LE(0x44);
    const perDifat = this.sectorSize / 4 - 1;
    for (let steps = 0; fatList.length < fatSectors && difat !== END_OF_CHAIN && difat !== FREE; steps++) {
      if (steps > sectors) throw damaged();
      const at = this.offset(difat);
      for (let i = 0; i < perDifat && fatList.length < fatSectors; i++) fatList.push(data.readUInt32LE(at + 4 * i));
      difat = data.readUInt32LE(at + 4 * perDifat);
    }
    if (fatList.length < fatSectors) throw damaged();
    this.fat = new Uint32Array((fatSectors * this.sectorSize) / 4);
    fatList.forEach((sector, i) => {
      const at = this.offset(sector);
      for (let j = 0; j < this.sectorSize / 4; j++)
        this.fat[i * (this.sectorSize / 4) + j] = data.readUInt32LE(at + 4 * j);
    });
    const directory = this.chain(data.readUInt32LE(0x30), this.maxBytes);
    this.entries = [];
    for (let at = 0; at + 128 <= directory.length; at += 128) {
      const nameBytes = Math.min(directory.readUInt16LE(at + 0x40), 64);
      this.entries.push({
        name: directory.toString('utf16le', at, at + Math.max(0, nameBytes - 2)),
        type: directory[at + 0x42],
        start: directory.readUInt32LE(at + 0x74),
        // a version-3 file's size is its low 32 bits (the high ones may hold garbage)
        size:
          this.sectorSize === 512 ? directory.readUInt32LE(at + 0x78) : Number(directory.readBigUInt64LE(at + 0x78)),
      });
    }
    if (!this.entries.length || this.entries[0].type !== 5) throw damaged();
  }

  /** Whether a stream of this name (any case) is in the file. */
  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A stream's bytes, or null when the file has no stream of that name (any case). */
  read(name: string): Buffer | null {
    const entry = this.find(name);
    if (!entry) return null;
    if (entry.size > this.maxBytes) throw new FileProblem('文件过大，超出上限；请分批导入');
    if (entry.size >= this.miniCutoff) return this.chain(entry.start, entry.size).subarray(0, entry.size);
    return this.mini(entry.start, entry.size);
  }

  private find(name: string): Entry | undefined {
    const wanted = name.toLowerCase();
    return this.entries.find((e) => e.type === 2 && e.name.toLowerCase() === wanted);
  }

  private offset(sector: number): number {
    const at = (sector + 1) * this.sectorSize;
    if (sector >= END_OF_CHAIN - 3 || at + this.sectorSize > this.data.length) throw damaged();
    return at;
  }

  /** The sectors of a chain joined, at most `bytes` of them (rounded up to a sector). */
  private chain(start: number, bytes: number): Buffer {
    const parts: Buffer[] = [];
    let total = 0;
    for (let s = start, steps = 0; s !== END_OF_CHAIN && total < bytes; steps++) {
      if (steps > this.fat.length || s >= this.fat.length) throw damaged();
      const at = this.offset(s);
      parts.push(this.data.subarray(at, at + this.sectorSize));
      total += this.sectorSize;
      s = this.fat[s];
    }
    if (total < bytes && bytes !== this.maxBytes) throw damaged();
    return Buffer.concat(parts);
  }

  /** A small stream, kept in 64-byte sectors of the root's mini stream. */
  private mini(start: number, size: number): Buffer {
    if (!this.miniStream) {
      const root = this.entries[0];
      this.miniStream = this.chain(root.start, Math.min(root.size, this.maxBytes));
      const miniFat = this.chain(this.data.readUInt32LE(0x3c), this.data.readUInt32LE(0x40) * this.sectorSize);
      this.miniFat = new Uint32Array(miniFat.length / 4);
      for (let i = 0; i < this.miniFat.length; i++) this.miniFat[i] = miniFat.readUInt32LE(4 * i);
    }
    const out = Buffer.alloc(size);
    let copied = 0;
    for (let s = start, steps = 0; copied < size; steps++) {
      if (s === END_OF_CHAIN || steps > this.miniFat!.length || s >= this.miniFat!.length) throw damaged();
      const at = s * 64;
      if (at + 64 > this.miniStream.length) throw damaged();
      copied += this.miniStream.copy(out, copied, at, at + Math.min(64, size - copied));
      s = this.miniFat![s];
    }
    return out;
  }
}
