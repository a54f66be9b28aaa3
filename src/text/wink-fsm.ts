// wink-nlp's pattern automata (sentence boundaries, negation, sentiment, part of speech) with their transition
// tables compiled for lookups: the same recognize() as wink's automaton.js, step for step.
// src/text/nlp.ts installs it; nothing here imports wink-nlp. One difference, unreachable with a model's numeric
// tokens: wink's JSON-parsed transitions inherit Object.prototype, so a text token "toString" would find a function.

/** The methods of one wink automaton that recognition touches (wink-nlp/src/automaton.js). */
export interface WinkAutomaton {
  recognize(tokens: ArrayLike<unknown>, transformToken?: unknown, param?: unknown): unknown[][];
  setPatternSwap(patterns: unknown): void;
  setOnPatternDetectionFn(f: unknown): boolean;
  importJSON(json: string): void;
  learn(patterns: unknown): unknown;
  exportJSON(): string;
}

export interface WinkCacheLookup { lookup(text: string): number[] | null }

// automaton.js's constants: the end-of-sequence token and the `otherwise` event, numeric with a cache, text without.
const EOS_N = 2070000;
const EOS_X = '$%^EoS^%$';
const OTHERWISE_N = 2070003;
const OTHERWISE_X = ' otherwise';
const ROOT = 0;

type Key = number | string;
type TokenTransform = (t: unknown, cache: unknown, param: unknown, j: number) => unknown;

/** An object property key as a Map key: canonical numeric strings as numbers, so 5 and "5" meet as they do in an object. */
function mapKey(k: string): Key {
  const n = Number(k);
  return String(n) === k ? n : k;
}

interface Tables {
  /** fsm[state][event] for integer events, by open addressing over (state, event): no hashing of boxed keys */
  slotState: Int32Array;
  slotEvent: Int32Array;
  slotNext: Int32Array;
  mask: number;
  /** the other events (text, or numbers outside 32-bit integers), per state */
  rows: (Map<Key, number> | undefined)[];
  /** fsm[state][otherwise], 0 when absent */
  otherwise: Int32Array;
  /** terminalStates[state] */
  terminal: (string | undefined)[];
  markedStates: Record<string, [number, number] | undefined>;
  customPropertyAtStates: Record<string, unknown>;
}

const slotOf = (state: number, event: number, mask: number) => (Math.imul(state, 0x9e3779b1) ^ Math.imul(event, 0x85ebca77)) & mask;

function compile(json: string, otherwiseKey: Key): Tables {
  const [, , fsm, terminalStates, markedStates, customPropertyAtStates] = JSON.parse(json) as [
    number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>, Record<string, unknown>,
  ];
  let size = 0;
  let edges = 0;
  for (const [s, events] of Object.entries(fsm)) { size = Math.max(size, Number(s) + 1); edges += Object.keys(events).length; }
  for (const s of Object.keys(terminalStates)) size = Math.max(size, Number(s) + 1);
  // At most half full, so probes stay short.
  let capacity = 16;
  while (capacity < 2 * edges) capacity *= 2;
  const mask = capacity - 1;
  const slotState = new Int32Array(capacity).fill(-1);
  const slotEvent = new Int32Array(capacity);
  const slotNext = new Int32Array(capacity);
  const rows: (Map<Key, number> | undefined)[] = new Array(size).fill(undefined);
  const otherwise = new Int32Array(size);
  const terminal: (string | undefined)[] = new Array(size).fill(undefined);
  const other = String(otherwiseKey);
  for (const [s, events] of Object.entries(fsm)) {
    const state = Number(s);
    for (const [e, next] of Object.entries(events)) {
      if (e === other) otherwise[state] = next;
      const key = mapKey(e);
      if (typeof key === 'number' && (key | 0) === key && (next | 0) === next) {
        let slot = slotOf(state, key, mask);
        while (slotState[slot] !== -1) slot = (slot + 1) & mask;
        slotState[slot] = state;
        slotEvent[slot] = key;
        slotNext[slot] = next;
      } else {
        (rows[state] ??= new Map()).set(key, next);
      }
    }
  }
  for (const [s, name] of Object.entries(terminalStates)) terminal[Number(s)] = name;
  return { slotState, slotEvent, slotNext, mask, rows, otherwise, terminal, markedStates, customPropertyAtStates };
}

/** fsm[state][event] of wink's automaton, or undefined. */
function nextState(t: Tables, state: number, event: unknown): number | undefined {
  if (typeof event === 'number' && (event | 0) === event) {
    const { slotState, slotEvent, mask } = t;
    for (let slot = slotOf(state, event, mask); slotState[slot] !== -1; slot = (slot + 1) & mask) {
      if (slotState[slot] === state && slotEvent[slot] === event) return t.slotNext[slot];
    }
    return undefined;
  }
  return t.rows[state]?.get(typeof event === 'number' ? event : mapKey(String(event)));
}

/**
 * Replaces `m.recognize` with a port of wink's that reads compiled tables (a Map per state instead of a
 * JSON-parsed object keyed by token id, arrays for the otherwise and terminal states). Pattern swaps and the
 * on-detection function are recorded as wink's own methods receive them; tables are rebuilt after importJSON or learn.
 */
export function compileRecognize(m: WinkAutomaton, cache: WinkCacheLookup | null | undefined, token2Ignore: unknown): WinkAutomaton {
  const toBeIgnored = token2Ignore === undefined ? '\n' : token2Ignore;
  const keyLF = cache === undefined || cache === null ? toBeIgnored : cache.lookup(toBeIgnored as string)![0];
  const eosToken: Key = cache === undefined || cache === null ? EOS_X : EOS_N;
  const otherwiseKey: Key = cache === undefined ? OTHERWISE_X : OTHERWISE_N;
  let tables: Tables | null = null;
  let substitutions: Record<number, [number, unknown]> | undefined;
  let onPatternDetectionFn: ((match: unknown[], customProperty: unknown) => void) | undefined;

  const { setPatternSwap, setOnPatternDetectionFn, importJSON, learn } = m;
  m.setPatternSwap = (patterns) => {
    setPatternSwap(patterns);
    if (!patterns || !Array.isArray(patterns)) { substitutions = undefined; return; }
    // wink's own call above sorted `patterns` in place; indexed by start as wink indexes them.
    substitutions = Object.create(null) as Record<number, [number, unknown]>;
    for (const e of patterns as [number, number, unknown][]) substitutions[e[0]] = [e[1], e[2]];
  };
  m.setOnPatternDetectionFn = (f) => {
    const ok = setOnPatternDetectionFn(f);
    if (ok) onPatternDetectionFn = f as typeof onPatternDetectionFn;
    return ok;
  };
  m.importJSON = (json) => { importJSON(json); tables = null; };
  m.learn = (patterns) => { tables = null; return learn(patterns); };

  const pushMatch = (t: Tables, patterns: unknown[][], match: [number, number, unknown]) => {
    const m0 = match[2] as number;
    if (t.terminal[m0] === '0') return;
    const mark = t.markedStates[m0];
    const customProperty = t.customPropertyAtStates[m0];
    if (mark) {
      match[0] += mark[0];
      match[1] -= mark[1];
    }
    if (onPatternDetectionFn) onPatternDetectionFn(match, customProperty);
    match[2] = t.terminal[m0];
    patterns.push(match);
  };

  m.recognize = (tokens, transformToken, param) => {
    const t = (tables ??= compile(m.exportJSON(), otherwiseKey));
    const { otherwise, terminal } = t;
    const length = tokens.length;
    const transformTokenFn = typeof transformToken === 'function' ? (transformToken as TokenTransform) : null;
    const patterns: unknown[][] = [];
    let first = 0;
    let state = ROOT;
    let ns = ROOT;
    let lastOtherwiseIndex = 0;
    let lastOtherwiseState = ROOT;
    let tok: unknown;
    let delta = 1;
    for (let i = 0; i <= length; i += 1) {
      for (let j = i; j <= length; j += delta) {
        tok = j === length ? eosToken : tokens[j];
        // As wink: a line feed is skipped with the step (delta) of the token before it.
        if (tok === keyLF) continue;
        const sub = substitutions?.[j];
        if (sub) {
          tok = sub[1];
          delta = sub[0] - j + 1;
        } else delta = 1;
        if (transformTokenFn && j < length) tok = transformTokenFn(tok, cache, param, j);
        ns = nextState(t, state, tok) || ROOT;
        if (!state && ns) first = j;
        if (terminal[ns]) {
          pushMatch(t, patterns, [first, j + delta - 1, ns]);
          i = j;
          j = length + 100;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else if (ns === ROOT) {
          if (lastOtherwiseState) {
            pushMatch(t, patterns, [first, lastOtherwiseIndex, lastOtherwiseState]);
            i = lastOtherwiseIndex;
            j = length + 100;
            ns = ROOT;
            lastOtherwiseState = ROOT;
          } else {
            j = length + 100;
          }
        }
        state = ns;
        const o = otherwise[state]!;
        if (o) {
          lastOtherwiseIndex = j + delta - 1;
          lastOtherwiseState = o;
        }
      }
    }
    return patterns;
  };
  return m;
}
