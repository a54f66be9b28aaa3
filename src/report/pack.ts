// Data embedded in the page: JSON, raw-deflated (the browser's DecompressionStream('deflate-raw') reads it), base64.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** base64 of the raw-deflated JSON text: no header, so the same value gives the same bytes on every platform. */
export function packJson(value: unknown): string {
  return deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 }).toString('base64');
}

/** The inverse of packJson (tests, and anyone reading a report's data outside a browser). */
export function unpackJson(b64: string): unknown {
  return JSON.parse(inflateRawSync(Buffer.from(b64, 'base64')).toString('utf8'));
}
