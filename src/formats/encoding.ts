// Whether a data file's bytes are UTF-8, and if not, which encoding they look like and how to convert them.
import { basename } from 'node:path';

/** The 1-based line holding byte `at`. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Where UTF-8 decoding fails first (-1: valid UTF-8). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * null for UTF-8 (a BOM allowed); else the line to name and what is wrong: UTF-16 (by its BOM, or ASCII letters
 * with a zero byte beside each) or a byte that is not UTF-8 (Latin-1 or Windows-1252), with the iconv command.
 */
export function encodingProblem(bytes: Uint8Array, file: string): { line: number; detail: string } | null {
  const convert = (from: string) => `convert it to UTF-8, e.g. iconv -f ${from} -t UTF-8 ${basename(file)} > utf8-${basename(file)}`;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  const head = bytes.subarray(0, 200);
  const zeros = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (le || be || (head.length >= 4 && zeros >= head.length / 4)) {
    const order = le ? 'little-endian' : be ? 'big-endian' : bytes[0] === 0 ? 'big-endian' : 'little-endian';
    return { line: 1, detail: `the file is UTF-16 (${order}), not UTF-8: ${convert(order === 'little-endian' ? 'UTF-16LE' : 'UTF-16BE')}` };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return null;
  const byte = bytes[bad]!;
  const shown = Buffer.from([byte]).toString('latin1');
  return { line: lineAt(bytes, bad), detail: `the file is not UTF-8: byte 0x${byte.toString(16).toUpperCase()} (${JSON.stringify(shown)} in Latin-1) looks like Latin-1 or Windows-1252: ${convert('WINDOWS-1252')}` };
}
