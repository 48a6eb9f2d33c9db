// Summarise a V8 .cpuprofile (as written by `node --cpu-prof`): where the process spent its time,
// by function (self time) and by package or source file (self and inclusive time).
// Standalone: `npx tsx bench/cpuprofile.ts <file.cpuprofile>`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** time not idle: everything but "(idle)" */
  busyMs: number;
  topSelf: Array<{ name: string; ms: number; pct: number }>;
  byArea: Array<{ area: string; selfMs: number; selfPct: number; inclusiveMs: number; inclusivePct: number }>;
}

/** The package (node_modules/NAME), file under src/, Node's internals, or V8's pseudo-frames. */
function areaOf(frame: ProfileNode['callFrame'], root: string): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName.startsWith('(')) return functionName; // (idle), (program), (garbage collector)
    return '(native)';
  }
  if (url.startsWith('node:')) return 'node: internals';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = file.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? file);
  }
  const rel = path.relative(root, file);
  return rel.startsWith('..') ? file : rel;
}

function label(frame: ProfileNode['callFrame'], root: string): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const area = areaOf(frame, root);
  // For a package, also name the file within it (e.g. hono/…/jsx/base.js).
  const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  const where = area !== file && !area.includes('/') && !area.startsWith('node:') ? `${area}/…/${path.basename(file)}` : area;
  return `${name} ${where}:${frame.lineNumber + 1}`;
}

export function summariseProfile(file: string, root: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const selfByNode = new Map<number, number>();
  // timeDeltas[i] is the time since the previous sample; attribute it to sample i's node.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const selfByLabel = new Map<string, number>();
  const selfByArea = new Map<string, number>();
  const inclByArea = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfByNode) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const area = areaOf(node.callFrame, root);
    if (area === '(idle)') idle += us;
    selfByArea.set(area, (selfByArea.get(area) ?? 0) + us);
    const name = label(node.callFrame, root);
    selfByLabel.set(name, (selfByLabel.get(name) ?? 0) + us);
    // Inclusive: each area on this node's stack, counted once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const a = areaOf(n.callFrame, root);
      if (a === '(root)' || seen.has(a)) continue;
      seen.add(a);
      inclByArea.set(a, (inclByArea.get(a) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const pct = (us: number) => Math.round((us / Math.max(busy, 1)) * 1000) / 10;
  const ms = (us: number) => Math.round(us / 100) / 10;
  const topSelf = [...selfByLabel]
    .filter(([name]) => name !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, ms: ms(us), pct: pct(us) }));
  const byArea = [...new Set([...selfByArea.keys(), ...inclByArea.keys()])]
    .filter((area) => area !== '(idle)')
    .map((area) => {
      const s = selfByArea.get(area) ?? 0;
      const inc = inclByArea.get(area) ?? 0;
      return { area, selfMs: ms(s), selfPct: pct(s), inclusiveMs: ms(inc), inclusivePct: pct(inc) };
    })
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
  return { file, totalMs: ms(total), busyMs: ms(busy), topSelf, byArea };
}

export function printProfileSummary(summary: ProfileSummary): void {
  console.log(`\nCPU profile ${summary.file}`);
  console.log(`  sampled ${summary.totalMs} ms, of which busy (not idle) ${summary.busyMs} ms; percentages are of busy time`);
  const width = Math.max(17, ...summary.byArea.map((a) => a.area.length));
  console.log(`    ${'package / file'.padEnd(width)}  self %  inclusive %`);
  for (const a of summary.byArea) {
    console.log(`    ${a.area.padEnd(width)}  ${String(a.selfPct).padStart(6)}  ${String(a.inclusivePct).padStart(11)}`);
  }
  console.log('  top functions by self time   self %');
  for (const f of summary.topSelf) console.log(`    ${String(f.pct).padStart(5)}  ${f.name}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx bench/cpuprofile.ts <file.cpuprofile>');
    process.exit(2);
  }
  printProfileSummary(summariseProfile(file, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')));
}
