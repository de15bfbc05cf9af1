import { deflateSync } from 'node:zlib';

/**
 * Wraps an OpenType font in WOFF 1.0 (W3C): the same tables, each deflated when that makes it
 * smaller. Node's zlib does the compression, so no font tool is needed; a downloaded SVG's embedded
 * subsets shrink by about a third.
 */
export function toWoff(sfnt: Uint8Array): Uint8Array {
  const input = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = input.readUInt16BE(4);
  const align = (n: number) => (n + 3) & ~3;
  const tables = Array.from({ length: count }, (_, i) => {
    const record = 12 + i * 16;
    const offset = input.readUInt32BE(record + 8);
    const length = input.readUInt32BE(record + 12);
    const raw = input.subarray(offset, offset + length);
    const deflated = deflateSync(raw, { level: 9 });
    return {
      tag: input.subarray(record, record + 4),
      checksum: input.readUInt32BE(record + 4),
      length,
      data: deflated.length < length ? deflated : raw,
    };
  });
  const HEADER = 44;
  let offset = HEADER + count * 20;
  const directory = Buffer.alloc(count * 20);
  tables.forEach((t, i) => {
    t.tag.copy(directory, i * 20);
    directory.writeUInt32BE(offset, i * 20 + 4);
    directory.writeUInt32BE(t.data.length, i * 20 + 8);
    directory.writeUInt32BE(t.length, i * 20 + 12);
    directory.writeUInt32BE(t.checksum, i * 20 + 16);
    offset += align(t.data.length);
  });
  const header = Buffer.alloc(HEADER);
  header.write('wOFF', 0, 'latin1');
  input.copy(header, 4, 0, 4); // the flavour: 'OTTO' for CFF outlines
  header.writeUInt32BE(offset, 8);
  header.writeUInt16BE(count, 12);
  header.writeUInt32BE(12 + count * 16 + tables.reduce((sum, t) => sum + align(t.length), 0), 16);
  header.writeUInt16BE(1, 20); // font version 1.0; no metadata or private block
  const body = tables.map((t) =>
    Buffer.concat([t.data, Buffer.alloc(align(t.data.length) - t.data.length)]),
  );
  return new Uint8Array(Buffer.concat([header, directory, ...body]));
}
