// A dictionary file's bytes as text: UTF-8 only, with a BOM and CRLF line ends accepted, other encodings refused by name.
import { basename } from 'node:path';
import { LexiconError } from '../types.ts';

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
 * The text of a dictionary file. A UTF-8 BOM is dropped and CRLF or CR line ends become LF; a UTF-16 or
 * Latin-1 (Windows-1252) file is an error that names the encoding and the command that converts it.
 */
export function dictionaryText(bytes: Uint8Array, file: string): string {
  const convert = (from: string) => `convert it to UTF-8, e.g. iconv -f ${from} -t UTF-8 ${basename(file)} > utf8-${basename(file)}`;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  // UTF-16 without a BOM shows as ASCII letters with a zero byte beside each.
  const head = bytes.subarray(0, 200);
  const zeros = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (le || be || (head.length >= 4 && zeros >= head.length / 4)) {
    const order = le ? 'little-endian' : be ? 'big-endian' : bytes[0] === 0 ? 'big-endian' : 'little-endian';
    throw new LexiconError(file, 1, `the file is UTF-16 (${order}), not UTF-8: ${convert(order === 'little-endian' ? 'UTF-16LE' : 'UTF-16BE')}`);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = bytes[bad]!;
    const shown = Buffer.from([byte]).toString('latin1');
    throw new LexiconError(file, lineAt(bytes, bad), `the file is not UTF-8: byte 0x${byte.toString(16).toUpperCase()} (${JSON.stringify(shown)} in Latin-1) looks like Latin-1 or Windows-1252: ${convert('WINDOWS-1252')}`);
  }
  let text = Buffer.from(bytes).toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}
