// framescope's negation model (lexicons/negation.yaml): whether the text denies the proposition a hit frames.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { parseLocatedYaml } from '../formats/yaml.ts';
import { patternTokens, type Token } from '../text/index.ts';
import { readLexiconBytes } from './file.ts';
import { LexiconError, type NegationModel } from './types.ts';

export type { NegationModel } from './types.ts';

/** The model with its word lists as sets, for matching. */
export interface CompiledNegation {
  window: number;
  scareQuotes: number;
  cues: string[][];
  pseudo: string[][];
  stops: Set<string>;
  transparent: Set<string>;
}

export function compileNegation(m: NegationModel): CompiledNegation {
  return { window: m.window, scareQuotes: m.scareQuotes, cues: m.cues, pseudo: m.pseudo, stops: new Set(m.stops), transparent: new Set(m.transparent) };
}

const KEYS = ['name', 'version', 'window', 'scare_quotes', 'cues', 'pseudo', 'stops', 'transparent', 'not_cues'];

/** Reads and checks a negation model; errors name the file and line. */
export function readNegationModel(file: string): NegationModel {
  const { doc, sha256, lineOf, error } = parseLocatedYaml(readLexiconBytes(file));
  const fail = (node: Node | null | undefined, detail: string): never => { throw new LexiconError(file, lineOf(node), detail); };
  if (error) throw new LexiconError(file, error.line, `invalid YAML: ${error.message}`);
  const root = doc.contents;
  if (!isMap(root)) return fail(root, `a negation model is a mapping with ${KEYS.join(', ')}`);
  const pairs = new Map<string, Pair>();
  for (const p of root.items) {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    if (!KEYS.includes(k)) fail(p.key as Node, `unknown key ${JSON.stringify(k)} (expected ${KEYS.join(', ')})`);
    pairs.set(k, p);
  }
  const need = (k: string): Pair => pairs.get(k) ?? fail(root, `missing ${k}`);
  const text = (k: string): string => {
    const v = need(k).value as Node | null;
    if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') return fail(v ?? (need(k).key as Node), `${k} must be text`);
    return v.value;
  };
  const list = (k: string, optional = false): { value: string; node: Node }[] => {
    const p = pairs.get(k);
    if (!p) return optional ? [] : fail(root, `missing ${k}`);
    const v = p.value as Node | null;
    if (!isSeq(v)) return fail(v ?? (p.key as Node), `${k} must be a list`);
    return (v.items as Node[]).map((n) => {
      if (!isScalar(n) || n.value === null || String(n.value).trim() === '') return fail(n, `${k}: an item must be a word or phrase`);
      return { value: String(n.value), node: n };
    });
  };
  const w = need('window').value as Node | null;
  if (!isScalar(w) || typeof w.value !== 'number' || !Number.isInteger(w.value) || w.value < 1 || w.value > 20) fail(w ?? root, 'window must be a whole number from 1 to 20');
  const q = pairs.get('scare_quotes')?.value as Node | null | undefined;
  if (q !== undefined && (!isScalar(q) || typeof q.value !== 'number' || !Number.isInteger(q.value) || q.value < 0 || q.value > 10)) fail(q ?? root, 'scare_quotes must be a whole number from 0 to 10');
  const split = (s: string) => patternTokens(s).map((t) => t.toLowerCase());
  const cues = list('cues').map((c) => split(c.value));
  const notCues = list('not_cues', true);
  const cueWords = new Set(cues.filter((c) => c.length === 1).map((c) => c[0]!));
  for (const n of notCues) if (cueWords.has(n.value.toLowerCase())) fail(n.node, `not_cues: ${n.value} is also a cue`);
  return {
    file, name: text('name'), version: text('version'), sha256, window: (w as { value: number }).value,
    scareQuotes: q === undefined ? 0 : (q as { value: number }).value,
    cues, pseudo: list('pseudo', true).map((p) => split(p.value)),
    stops: list('stops').map((s) => s.value.toLowerCase()),
    transparent: list('transparent', true).map((s) => s.value.toLowerCase()),
    notCues: notCues.map((s) => s.value.toLowerCase()),
  };
}

const is = (tok: Token, word: string) => tok.lower === word || tok.lemma === word;

function sequenceAt(tokens: Token[], at: number, seq: string[]): boolean {
  if (at + seq.length > tokens.length) return false;
  for (let k = 0; k < seq.length; k++) if (!is(tokens[at + k]!, seq[k]!)) return false;
  return true;
}

/**
 * The cue that negates a hit starting at token `start`, or null: the nearest cue before it in the same
 * sentence, within the window, with no scope stop, no opaque verb and no earlier hit between (see
 * lexicons/negation.yaml). `hitEnds[t]` is 1 where an earlier hit ends: a cue before it negates that hit
 * ("not a violation of international law" denies the violation, not the law).
 */
export function negationCue(model: CompiledNegation, tokens: Token[], start: number, hitEnds?: Uint8Array, end = start + 1): string | null {
  const sentence = tokens[start]!.sentence;
  if (model.scareQuotes > 0 && inScareQuotes(tokens, start, end, model.scareQuotes)) return 'quotes';
  for (let t = start - 1, seen = 0; t >= 0 && seen < model.window; t--) {
    const tok = tokens[t]!;
    if (tok.sentence !== sentence) return null;
    if (tok.type === 'tabCRLF') continue;
    seen++;
    if (hitEnds !== undefined && hitEnds[t] === 1) return null;
    for (const cue of model.cues) {
      const from = t - cue.length + 1;
      if (from < 0 || !sequenceAt(tokens, from, cue)) continue;
      // A pseudo sequence may start at the cue ("no doubt") or before it ("if not").
      for (const p of model.pseudo) for (let at = Math.max(0, from - p.length + 1); at <= from; at++) if (sequenceAt(tokens, at, p)) return null;
      return tokens.slice(from, t + 1).map((x) => x.text).join(' ');
    }
    if (model.stops.has(tok.lower)) return null;
    if (tok.pos === 'VERB' && !model.transparent.has(tok.lemma) && !model.transparent.has(tok.lower)) return null;
  }
  return null;
}

const OPENING = new Set(['“', '"', '«', '‘', "'"]);
const CLOSING = new Set(['”', '"', '»', '’', "'"]);

/** Whether tokens [start, end) sit inside a pair of quotation marks holding at most `most` tokens. */
function inScareQuotes(tokens: Token[], start: number, end: number, most: number): boolean {
  const sentence = tokens[start]!.sentence;
  let open = -1;
  for (let t = start - 1; t >= 0 && start - t <= most && tokens[t]!.sentence === sentence; t--) {
    if (OPENING.has(tokens[t]!.text)) { open = t; break; }
    if (tokens[t]!.type === 'punctuation') return false;
  }
  if (open < 0) return false;
  for (let t = end; t < tokens.length && t - open - 1 <= most && tokens[t]!.sentence === sentence; t++) {
    if (CLOSING.has(tokens[t]!.text)) return t - open - 1 <= most;
    // American style puts the comma or full stop inside the closing quote: “extremist,”
    if (tokens[t]!.type === 'punctuation' && !(/^[,.]$/.test(tokens[t]!.text) && CLOSING.has(tokens[t + 1]?.text ?? ''))) return false;
  }
  return false;
}
