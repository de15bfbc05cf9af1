const REPLACEMENT = '\uFFFD';
/** U+FFFD as UTF-8: a file may hold the character itself, which is not a decoding error. */
const REPLACEMENT_BYTES = [0xef, 0xbf, 0xbd] as const;

export type Decoded = { text: string } | { offset: number; byte: number; line: number };

/**
 * A file's bytes as text, strictly UTF-8 and with a leading byte-order mark dropped; or, when the
 * bytes are not UTF-8, where the first bad byte is (0-based offset, its value and its 1-based line),
 * since the platform's fatal decoder only says that decoding failed.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstBadByte(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;
    return { offset, byte: bytes[offset] ?? 0, line };
  }
}

function firstBadByte(bytes: Uint8Array): number {
  // Decoded leniently (the BOM kept, so offsets count it), each bad sequence becomes U+FFFD.
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let i = lenient.indexOf(REPLACEMENT); i !== -1; i = lenient.indexOf(REPLACEMENT, i + 1)) {
    const offset = encoder.encode(lenient.slice(0, i)).length;
    if (!REPLACEMENT_BYTES.every((b, k) => bytes[offset + k] === b)) return offset;
  }
  return bytes.length;
}
