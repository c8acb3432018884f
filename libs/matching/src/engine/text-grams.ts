/**
 * Character trigrams of a listing's text, as PostgreSQL's pg_trgm reads them: the text (NFKC-normalised,
 * so that full-width ＰＥＴ is PET) lower-cased and cut into runs of letters and digits, each run padded with two blanks in front and one behind,
 * every three consecutive characters one trigram. Chinese is written without spaces, so a title is
 * one long run and its trigrams are the three-character windows along it: 电解铝液 and 电解铝锭 share
 * 电解铝 whatever the word segmenter makes of them, and 5500大卡 and 5500 share the number. Word terms miss
 * such likeness whenever the dictionary cuts two names of one product differently; the trigram
 * overlap is the evidence that does not depend on the dictionary.
 *
 * Kept per listing as sorted, distinct 32-bit hashes (FNV-1a over the three code points), so that a
 * pair's overlap is one merge of two small arrays and nothing is allocated per pair.
 */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const BLANK = 32;

export function textGrams(title: string, description?: string | null): Uint32Array {
  // Full-width letters and digits (ＰＥＴ瓶坯 ２８牙, common in spreadsheets) as their ASCII forms.
  const text = `${title} ${description ?? ''}`.normalize('NFKC').toLowerCase();
  const out = new Uint32Array(text.length * 2 + 2);
  let n = 0;
  // The two code points before the current one; a run starts after two blanks.
  let a = BLANK;
  let b = BLANK;
  let inRun = false;
  for (const ch of text) {
    if (WORD_CHARACTER.test(ch)) {
      const c = ch.codePointAt(0)!;
      out[n++] = hash3(a, b, c);
      a = b;
      b = c;
      inRun = true;
    } else if (inRun) {
      out[n++] = hash3(a, b, BLANK); // the run's end, padded with one blank
      a = b = BLANK;
      inRun = false;
    }
  }
  if (inRun) out[n++] = hash3(a, b, BLANK);
  return distinctSorted(out, n);
}

function hash3(a: number, b: number, c: number): number {
  // FNV-1a over each code point as three bytes (Unicode needs at most 21 bits).
  return fnvCodePoint(fnvCodePoint(fnvCodePoint(FNV_OFFSET, a), b), c) >>> 0;
}

/** The FNV-1a offset basis (32 bits). */
export const FNV_OFFSET = 0x811c9dc5;

/** One code point folded into an FNV-1a hash, as three bytes. */
export function fnvCodePoint(h: number, c: number): number {
  h = Math.imul(h ^ (c & 0xff), 0x01000193);
  h = Math.imul(h ^ ((c >>> 8) & 0xff), 0x01000193);
  return Math.imul(h ^ (c >>> 16), 0x01000193);
}

/** pg_trgm's similarity of two gram sets: shared trigrams over all distinct trigrams of both (0..1). */
export function gramSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/** How many values two sorted arrays of distinct hashes share (one merge). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** The first `n` hashes of `out`, sorted and each once (a copy). */
export function distinctSorted(out: Uint32Array, n: number): Uint32Array {
  const sorted = out.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i];
  return sorted.slice(0, m);
}

const NO_GRAMS = new Uint32Array(0);
/** 65,536 bits: the low 16 bits of a trigram's hash. */
const SKETCH_WORDS = 2048;

/**
 * One listing's trigrams as a bitmap of their hashes' low 16 bits, so that the candidate pass of a
 * large index (MatchIndex.top) counts each candidate's trigrams against it in one pass without
 * branching on the merge. An estimate: two trigrams may share their low bits (about one in
 * 65,536/|grams|), which can only raise the figure; the kept pairs are scored exactly.
 */
export class GramSketch {
  private readonly bits = new Uint32Array(SKETCH_WORDS);
  private grams: Uint32Array = NO_GRAMS;

  /** Makes the sketch `grams`' (none: every similarity is 0). */
  load(grams: Uint32Array | undefined): void {
    for (const g of this.grams) this.bits[(g >>> 5) & (SKETCH_WORDS - 1)] = 0;
    this.grams = grams ?? NO_GRAMS;
    for (const g of this.grams) this.bits[(g >>> 5) & (SKETCH_WORDS - 1)] |= 1 << (g & 31);
  }

  /**
   * gramSimilarity of the loaded trigrams and `count` trigrams of another listing, estimated from
   * their low 16 bits, read from `pool` at `start` (see GramPool).
   */
  similarity(pool: Uint16Array, start: number, count: number): number {
    const n = this.grams.length;
    if (!count || !n) return 0;
    const bits = this.bits;
    let hits = 0;
    for (let i = start, end = start + count; i < end; i++) {
      const g = pool[i];
      if (bits[g >>> 5] & (1 << (g & 31))) hits++;
    }
    if (hits > n) hits = n;
    return hits / (n + count - hits);
  }
}

/**
 * Every indexed listing's trigrams as GramSketch reads them (the low 16 bits of each hash), one
 * after the other in one array: the candidate pass reads a few thousand candidates' trigrams per
 * query, and a listing's own Uint32Array is an object and a separate allocation somewhere on the
 * heap, two or three cache misses before its first trigram; here they are half the bytes, in one
 * run. Removed listings leave a hole until the holes are half the array.
 */
export class GramPool {
  pool = new Uint16Array(1024);
  start = new Int32Array(0);
  count = new Int32Array(0);
  private end = 0;
  private holes = 0;

  /** Makes room for slots below `size`. */
  ensure(size: number): void {
    if (size <= this.start.length) return;
    const start = new Int32Array(size);
    start.set(this.start);
    const count = new Int32Array(size);
    count.set(this.count);
    this.start = start;
    this.count = count;
  }

  set(slot: number, grams: Uint32Array | undefined): void {
    this.clear(slot);
    const n = grams?.length ?? 0;
    if (!n) return;
    if (this.end + n > this.pool.length) this.grow(n);
    const pool = this.pool;
    const at = this.end;
    for (let i = 0; i < n; i++) pool[at + i] = grams![i] & 0xffff;
    this.start[slot] = at;
    this.count[slot] = n;
    this.end = at + n;
  }

  clear(slot: number): void {
    this.holes += this.count[slot];
    this.count[slot] = 0;
  }

  /** Room for `n` more: the holes closed when they are half the array, else a larger array. */
  private grow(n: number): void {
    const live = this.end - this.holes;
    const size = Math.max(1024, 2 * (live + n));
    const pool = this.holes * 2 >= this.end && live + n <= this.pool.length ? this.pool : new Uint16Array(size);
    // Slots in the order of their runs, so that a run moved in place never overwrites one not yet moved.
    const slots: number[] = [];
    for (let slot = 0; slot < this.count.length; slot++) if (this.count[slot]) slots.push(slot);
    slots.sort((a, b) => this.start[a] - this.start[b]);
    let end = 0;
    for (const slot of slots) {
      const from = this.start[slot];
      const count = this.count[slot];
      if (pool === this.pool) pool.copyWithin(end, from, from + count);
      else pool.set(this.pool.subarray(from, from + count), end);
      this.start[slot] = end;
      end += count;
    }
    this.pool = pool;
    this.end = end;
    this.holes = 0;
  }
}
