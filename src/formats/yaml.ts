// YAML files read with line numbers, so every error in a data file can name its line.
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface LocatedYaml {
  doc: Document.Parsed;
  /** sha256 of the file's bytes, hex */
  sha256: string;
  /** 1-based line of a node (line 1 when the node is missing) */
  lineOf(node: Node | null | undefined): number;
  /** the first syntax error, if any, with its line */
  error: { line: number; message: string } | null;
}

/** Parses YAML bytes or text, keeping a line counter and the hash of the bytes. */
export function parseLocatedYaml(source: Uint8Array | string): LocatedYaml {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const text = typeof source === 'string' ? source : Buffer.from(source).toString('utf8');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const first = doc.errors[0];
  return {
    doc,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lineOf: (node) => (node?.range ? lc.linePos(node.range[0]).line : 1),
    error: first ? { line: lc.linePos(first.pos[0]).line, message: first.message.split('\n')[0]! } : null,
  };
}
