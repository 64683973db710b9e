/**
 * A QR code encoder for what this element draws: UTF-8 text in byte mode at error
 * correction level M (15% of the code can be damaged), versions 1 to 40, with the mask
 * chosen by the standard's penalty rules (ISO/IEC 18004). Returns the module matrix;
 * drawing is the caller's.
 */

/** Error-correction codewords per block at level M, by version (index 0 unused). */
const EC_PER_BLOCK = [
  0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/** Error-correction blocks at level M, by version (index 0 unused). */
const BLOCKS = [
  0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33,
  35, 37, 38, 40, 43, 45, 47, 49,
];
/** Level M's two format bits. */
const LEVEL_M = 0;

// GF(2^8) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, value = 1; i < 255; i++, value = (value << 1) ^ (value & 0x80 ? 0x11d : 0)) {
  EXP[i] = EXP[i + 255] = value;
  LOG[value] = i;
}
const multiply = (a: number, b: number): number => (a && b ? (EXP[(LOG[a] ?? 0) + (LOG[b] ?? 0)] ?? 0) : 0);

/** The Reed-Solomon remainder of `data` for `degree` error-correction codewords. */
function errorCorrection(data: readonly number[], degree: number): number[] {
  // The generator polynomial (x - a^0)(x - a^1)...(x - a^(degree-1)), leading 1 left out.
  const generator: number[] = new Array<number>(degree).fill(0);
  generator[degree - 1] = 1;
  for (let i = 0, root = 1; i < degree; i++, root = multiply(root, 2)) {
    for (let j = 0; j < degree; j++) {
      generator[j] = multiply(generator[j] ?? 0, root) ^ (generator[j + 1] ?? 0);
    }
  }
  const remainder: number[] = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ (remainder.shift() ?? 0);
    remainder.push(0);
    for (let j = 0; j < degree; j++) remainder[j] = (remainder[j] ?? 0) ^ multiply(generator[j] ?? 0, factor);
  }
  return remainder;
}

/** Modules left for data and error correction in a version. */
function rawModules(version: number): number {
  let modules = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    modules -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) modules -= 36;
  }
  return modules;
}

const dataCodewords = (version: number): number =>
  Math.floor(rawModules(version) / 8) - (EC_PER_BLOCK[version] ?? 0) * (BLOCKS[version] ?? 0);

/** Where the alignment patterns' centres are, on each axis. */
function alignmentPositions(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const positions = [6];
  for (let position = version * 4 + 10; positions.length < count; position -= step) positions.splice(1, 0, position);
  return positions;
}

/** Which modules are dark, `[row][column]`. */
export type Modules = boolean[][];

const MASKS: readonly ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** The standard's penalty for how hard the symbol is to scan: lower is better. */
function penalty(dark: readonly boolean[][]): number {
  const size = dark.length;
  let total = 0;
  const lines: boolean[][] = [...dark, ...dark.map((_, x) => dark.map((row) => row[x] ?? false))];
  for (const line of lines) {
    // Rule 1: runs of five or more modules of one colour.
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) total += run - 2;
        run = 1;
      }
    }
    // Rule 3: patterns that look like a finder (1:1:3:1:1 with four light modules beside).
    const text = line.map((module) => (module ? '1' : '0')).join('');
    for (const pattern of ['00001011101', '10111010000']) {
      for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) total += 40;
    }
  }
  // Rule 2: 2x2 blocks of one colour.
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const module = dark[y]?.[x];
      if (module === dark[y]?.[x + 1] && module === dark[y + 1]?.[x] && module === dark[y + 1]?.[x + 1]) total += 3;
    }
  }
  // Rule 4: the share of dark modules far from half.
  const darkCount = dark.reduce((count, row) => count + row.filter(Boolean).length, 0);
  total += Math.floor(Math.abs(darkCount * 20 - size * size * 10) / (size * size)) * 10;
  return total;
}

/** The timing patterns, the finders with their separators, the alignment patterns and the version information. */
function drawFunctionPatterns(version: number, size: number, set: (x: number, y: number, on: boolean) => void): void {
  // Timing patterns, then the three finders with their separators.
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const distance = Math.max(Math.abs(dx), Math.abs(dy));
        set(cx + dx, cy + dy, distance !== 2 && distance !== 4);
      }
    }
  }
  // Alignment patterns, where no finder is.
  const positions = alignmentPositions(version);
  const last = positions.length - 1;
  positions.forEach((cy, i) => {
    positions.forEach((cx, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
      }
    });
  });
  // Version information, from version 7 on.
  if (version >= 7) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits = (version << 12) | remainder;
    for (let i = 0; i < 18; i++) {
      const on = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, on);
      set(b, a, on);
    }
  }
}

/**
 * The symbol of a version with its codewords placed and masked: the function patterns, the
 * data in the zig-zag order, then the mask the standard's penalty rules rate best.
 */
function drawSymbol(version: number, data: readonly number[]): Modules {
  const size = version * 4 + 17;
  const grid = (): boolean[][] => Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const dark = grid();
  /** Function modules (finders, timing, alignment, format and version information). */
  const reserved = grid();

  const set = (x: number, y: number, on: boolean): void => {
    const row = dark[y];
    const fixed = reserved[y];
    if (!row || !fixed || x < 0 || x >= size) return;
    row[x] = on;
    fixed[x] = true;
  };

  /** The format information (level and mask), in both of its places, and the dark module. */
  const drawFormat = (mask: number): void => {
    const format = (LEVEL_M << 3) | mask;
    let remainder = format;
    for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    const bits = ((format << 10) | remainder) ^ 0x5412;
    const bit = (i: number): boolean => ((bits >>> i) & 1) === 1;
    for (let i = 0; i <= 5; i++) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
    set(8, size - 8, true);
  };

  /** Flips the data modules where mask `mask` says so (applying it twice undoes it). */
  const applyMask = (mask: number): void => {
    const test = MASKS[mask] ?? MASKS[0];
    dark.forEach((row, y) => {
      row.forEach((on, x) => {
        if (!reserved[y]?.[x] && test?.(x, y)) row[x] = !on;
      });
    });
  };

  drawFunctionPatterns(version, size, set);
  drawFormat(0);

  // The codewords in the zig-zag order, two columns at a time from the right.
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vertical = 0; vertical < size; vertical++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vertical : vertical;
        const row = dark[y];
        if (!row || reserved[y]?.[x] || i >= data.length * 8) continue;
        row[x] = (((data[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1) === 1;
        i++;
      }
    }
  }

  // The mask with the lowest penalty.
  let best = 0;
  let lowest = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    applyMask(mask);
    drawFormat(mask);
    const score = penalty(dark);
    if (score < lowest) [best, lowest] = [mask, score];
    applyMask(mask);
  }
  applyMask(best);
  drawFormat(best);
  return dark;
}

/** The data and error-correction codewords of `bytes` in `version`, interleaved as the standard lays them out. */
function codewords(bytes: Uint8Array, version: number): number[] {
  const capacityBits = dataCodewords(version) * 8;
  const bits: number[] = [];
  const append = (value: number, length: number): void => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  append(0b0100, 4);
  append(bytes.length, version <= 9 ? 8 : 16);
  for (const byte of bytes) append(byte, 8);
  append(0, Math.min(4, capacityBits - bits.length));
  append(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  for (let pad = 0xec; data.length < capacityBits / 8; pad ^= 0xec ^ 0x11) data.push(pad);

  const blockCount = BLOCKS[version] ?? 1;
  const ecLength = EC_PER_BLOCK[version] ?? 0;
  const rawCodewords = Math.floor(rawModules(version) / 8);
  const shortBlocks = blockCount - (rawCodewords % blockCount);
  const shortLength = Math.floor(rawCodewords / blockCount) - ecLength;
  const blocks: { data: number[]; ec: number[] }[] = [];
  for (let i = 0, at = 0; i < blockCount; i++) {
    const length = shortLength + (i < shortBlocks ? 0 : 1);
    const block = data.slice(at, at + length);
    at += length;
    blocks.push({ data: block, ec: errorCorrection(block, ecLength) });
  }
  const result: number[] = [];
  for (let i = 0; i <= shortLength; i++) {
    for (const block of blocks) if (i < block.data.length) result.push(block.data[i] ?? 0);
  }
  for (let i = 0; i < ecLength; i++) for (const block of blocks) result.push(block.ec[i] ?? 0);
  return result;
}

/** The modules of the smallest level-M QR code that holds `text` as UTF-8. */
export function encodeQr(text: string): Modules {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  while (4 + (version <= 9 ? 8 : 16) + bytes.length * 8 > dataCodewords(version) * 8) {
    if (++version > 40) throw new RangeError('Text too long for a QR code');
  }
  return drawSymbol(version, codewords(bytes, version));
}
