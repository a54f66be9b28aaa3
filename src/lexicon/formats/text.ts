// A dictionary file's bytes as text: UTF-8 only, with a BOM and CRLF line ends accepted, other encodings refused by name.
import { encodingProblem } from '../../formats/encoding.ts';
import { LexiconError } from '../types.ts';

/**
 * The text of a dictionary file. A UTF-8 BOM is dropped and CRLF or CR line ends become LF; a UTF-16 or
 * Latin-1 (Windows-1252) file is an error that names the encoding and the command that converts it.
 */
export function dictionaryText(bytes: Uint8Array, file: string): string {
  const problem = encodingProblem(bytes, file);
  if (problem) throw new LexiconError(file, problem.line, problem.detail);
  let text = Buffer.from(bytes).toString('utf8');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}
