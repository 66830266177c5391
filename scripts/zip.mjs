// A deterministic zip writer, shared by scripts/build-wordpress.mjs (the plugin zip) and scripts/build-release.mjs
// (the release zip). Node has no zip module: this is deflateRawSync + CRC32. Entries are sorted by name, every
// timestamp is 2000-01-01 00:00 and permissions are fixed (0755 folders, 0644 files), so the same files give the
// same bytes on every machine and every day.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1; // 2000-01-01: fixed, so the bytes never depend on the clock

/**
 * `folder` itself and everything under it, as zip entries named relative to `base` (forward slashes, folders
 * ending in `/`), sorted by name.
 * @returns {{ name: string, full: string, dir: boolean }[]}
 */
export function entriesOf(folder, base) {
  const walk = (dir) =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? [{ full, dir: true }, ...walk(full)] : [{ full, dir: false }];
      });
  return [{ full: folder, dir: true }, ...walk(folder)]
    .map((entry) => ({ ...entry, name: relative(base, entry.full).split(sep).join('/') + (entry.dir ? '/' : '') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The zip file's bytes for `entries` (written in the order given: pass them sorted, as entriesOf() returns them).
 * Files are deflated at level 9, or stored when that is not smaller.
 * @param {{ name: string, full: string, dir: boolean }[]} entries
 * @returns {Buffer}
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.dir ? Buffer.alloc(0) : readFileSync(entry.full);
    const deflated = entry.dir ? data : deflateRawSync(data, { level: 9 });
    const method = !entry.dir && deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = entry.dir ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((((entry.dir ? 0o40755 : 0o100644) << 16) | (entry.dir ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
