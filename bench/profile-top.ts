// Top self-time functions of a V8 .cpuprofile (node --cpu-prof): node --import tsx bench/profile-top.ts FILE [N=15]
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const [file, nRaw] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-top.ts FILE [N]');
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
// Self time: each sample's time delta goes to the node sampled (deltas[i] is the time before sample i).
const self = new Map<string, number>();
for (let i = 0; i < p.samples.length; i++) {
  const n = byId.get(p.samples[i]!)!;
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url ? `${url.replace(/^file:\/\/.*?\/(node_modules|src|bench)\//, '$1/')}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'}\t${where}`;
  self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(nRaw ?? 15));
process.stdout.write(`total sampled ${(total / 1e6).toFixed(1)} s\n`);
for (const [k, us] of top) {
  const [fn, where] = k.split('\t');
  process.stdout.write(`${(us / 1e6).toFixed(2).padStart(7)} s ${((100 * us) / total).toFixed(1).padStart(5)}%  ${fn}  ${where}\n`);
}
