/**
 * The zip container of a package, read and written directly (PKWARE APPNOTE: local headers,
 * central directory, end record). Unchanged entries are copied as their compressed bytes, so
 * writing a package costs what its changed parts cost, not what its 20,000 images cost; a
 * general zip library spent a few milliseconds of scheduling per entry. Zip64 archives and
 * encrypted entries are refused (an .xlsx of that size is not a budget workbook).
 */
import { crc32, deflateRawSync, inflateRawSync } from "zlib";

export class ZipFormatError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "ZipFormatError";
  }
}

interface StoredEntry {
  /** The name as stored (UTF-8 decoded). */
  name: string;
  nameBytes: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes. */
  data: Buffer;
}

/** An entry as it will be written: its stored form, or new content to compress. */
type Entry = StoredEntry | { name: string; content: Buffer; time: number; date: number };

const isStored = (e: Entry): e is StoredEntry => "data" in e;

/** Largest part we inflate: beyond this the text could not even be a JavaScript string. */
const MAX_PART_BYTES = 512 * 1024 * 1024;

function findEnd(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of up to 65,535.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new ZipFormatError("not a zip archive (no end of central directory)");
}

function readEntries(buf: Buffer): StoredEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipFormatError("zip64 archives are not supported");
  if (dirOffset + dirSize > end) throw new ZipFormatError("central directory out of range");
  const entries: StoredEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipFormatError("bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const nameBytes = Buffer.from(buf.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new ZipFormatError("encrypted entries are not supported");
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipFormatError("zip64 entries are not supported");
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== 0x04034b50) throw new ZipFormatError("bad local header");
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > buf.length) throw new ZipFormatError("entry data out of range");
    entries.push({
      name: nameBytes.toString("utf8"),
      nameBytes,
      flags: flags & ~0x0008, // written back with sizes in the local header, no data descriptor
      method,
      time,
      date,
      crc,
      compressedSize,
      size,
      data: buf.subarray(dataStart, dataStart + compressedSize),
    });
  }
  return entries;
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

export class ZipArchive {
  /** Entries in archive order. */
  private readonly entries: Entry[];
  /** Entry index by stored name. */
  private readonly byName = new Map<string, number>();

  private constructor(entries: Entry[]) {
    this.entries = entries;
    entries.forEach((e, i) => this.byName.set(e.name, i));
  }

  static read(bytes: Uint8Array): ZipArchive {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new ZipArchive(readEntries(buf));
  }

  static empty(): ZipArchive {
    return new ZipArchive([]);
  }

  /** Stored names of the files (folder entries left out). */
  names(): string[] {
    return this.entries.filter((e) => !e.name.endsWith("/")).map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The DOS time stamp of an entry, to give new entries the package's own. */
  stampOf(name: string): { time: number; date: number } | null {
    const i = this.byName.get(name);
    return i === undefined ? null : { time: this.entries[i]!.time, date: this.entries[i]!.date };
  }

  bytes(name: string): Buffer | null {
    const i = this.byName.get(name);
    if (i === undefined) return null;
    const e = this.entries[i]!;
    if (!isStored(e)) return e.content;
    if (e.size > MAX_PART_BYTES) throw new ZipFormatError(`${name} is too large`);
    if (e.method === 0) return e.data;
    if (e.method !== 8) throw new ZipFormatError(`${name}: compression method ${e.method} is not supported`);
    try {
      return inflateRawSync(e.data, { maxOutputLength: Math.max(e.size, 1) });
    } catch {
      throw new ZipFormatError(`${name} cannot be decompressed`);
    }
  }

  text(name: string): string | null {
    const b = this.bytes(name);
    if (b === null) return null;
    // A byte-order mark is not part of the XML text.
    const s = b.toString("utf8");
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  /** Replaces an entry (keeping its place and time stamp) or adds one at the end. */
  put(name: string, content: Buffer, stamp: { time: number; date: number } | Date): void {
    const i = this.byName.get(name);
    const when = stamp instanceof Date ? dosDateTime(stamp) : stamp;
    const own = i === undefined ? when : { time: this.entries[i]!.time, date: this.entries[i]!.date };
    const entry: Entry = { name, content, ...own };
    if (i === undefined) {
      this.byName.set(name, this.entries.length);
      this.entries.push(entry);
    } else this.entries[i] = entry;
  }

  remove(name: string): void {
    const i = this.byName.get(name);
    if (i === undefined) return;
    this.entries.splice(i, 1);
    this.byName.clear();
    this.entries.forEach((e, j) => this.byName.set(e.name, j));
  }

  toBuffer(level = 6): Buffer {
    const chunks: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of this.entries) {
      const s: StoredEntry = isStored(e)
        ? e
        : (() => {
            const data = deflateRawSync(e.content, { level });
            const nameBytes = Buffer.from(e.name, "utf8");
            const ascii = nameBytes.length === e.name.length;
            return {
              name: e.name,
              nameBytes,
              flags: ascii ? 0 : 0x0800,
              method: 8,
              time: e.time,
              date: e.date,
              crc: crc32(e.content) >>> 0,
              compressedSize: data.length,
              size: e.content.length,
              data,
            };
          })();
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(s.flags, 6);
      local.writeUInt16LE(s.method, 8);
      local.writeUInt16LE(s.time, 10);
      local.writeUInt16LE(s.date, 12);
      local.writeUInt32LE(s.crc, 14);
      local.writeUInt32LE(s.compressedSize, 18);
      local.writeUInt32LE(s.size, 22);
      local.writeUInt16LE(s.nameBytes.length, 26);
      local.writeUInt16LE(0, 28);
      const dir = Buffer.alloc(46);
      dir.writeUInt32LE(0x02014b50, 0);
      dir.writeUInt16LE(20, 4);
      dir.writeUInt16LE(20, 6);
      dir.writeUInt16LE(s.flags, 8);
      dir.writeUInt16LE(s.method, 10);
      dir.writeUInt16LE(s.time, 12);
      dir.writeUInt16LE(s.date, 14);
      dir.writeUInt32LE(s.crc, 16);
      dir.writeUInt32LE(s.compressedSize, 20);
      dir.writeUInt32LE(s.size, 24);
      dir.writeUInt16LE(s.nameBytes.length, 28);
      dir.writeUInt32LE(offset, 42);
      chunks.push(local, s.nameBytes, s.data);
      central.push(dir, s.nameBytes);
      offset += 30 + s.nameBytes.length + s.data.length;
    }
    if (offset > 0xffffffff || this.entries.length > 0xfffe) throw new ZipFormatError("the package is too large for a zip without zip64");
    const dirSize = central.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(dirSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...chunks, ...central, end]);
  }
}
