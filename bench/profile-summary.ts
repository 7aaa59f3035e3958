/**
 * Where a `--cpu-prof` profile's time went, by phase: `node bench/profile-summary.ts <file.cpuprofile>...`.
 * A sample is charged to the innermost phase marker on its stack (the catalogs load while the
 * worker's modules evaluate, yet count as catalog loading), else to the library of its leaf frame;
 * the Markdown parse is split by the library doing the work (micromark tokenizing, or
 * mdast-util-from-markdown building the tree). Used
 * for the breakdown in the README's performance section; prints milliseconds and shares.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** Frames that start a phase, whatever they call. Order matters only within one stack (the outermost wins). */
const PHASES: Array<[string, (frame: ProfileNode['callFrame']) => boolean]> = [
  ['worker start-up (module loading)', (f) => /node:internal\/modules|internal\/modules\/esm/.test(f.url) || f.functionName === 'compileSourceTextModule'],
  ['catalog loading', (f) => f.functionName === 'loadReferenceData'],
  ['HTML rendering', (f) => /src\/core\/render\//.test(f.url) || f.functionName === 'storedGuideJson'],
  ['result cache', (f) => /src\/io\/cache\.ts/.test(f.url)],
  ['rules', (f) => f.functionName === 'checkGuide' || f.functionName === 'checkCollection'],
  ['frontmatter (yaml)', (f) => /src\/core\/parse\/frontmatter\.ts/.test(f.url)],
  ['markdown parse', (f) => f.functionName === 'parseMarkdown' || /src\/core\/parse\/(markdown|split)\.ts/.test(f.url)],
  ['model', (f) => f.functionName === 'parseGuide' || f.functionName === 'summarizeGuide'],
];
/** For samples outside every phase: who the leaf belongs to. */
const LEAVES: Array<[string, RegExp]> = [
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle', /^\(idle\)$/],
  ['program (compile, native)', /^\(program\)$/],
];

export function summarize(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOf = new Map<number, string>();
  const classify = (id: number): string => {
    const known = phaseOf.get(id);
    if (known !== undefined) return known;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) stack.unshift(node);
    }
    let phase: string | undefined;
    for (const node of [...stack].reverse()) {
      phase = PHASES.find(([, test]) => test(node.callFrame))?.[0];
      if (phase) break;
    }
    const leaf = stack.at(-1)?.callFrame;
    const library = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(leaf?.url ?? '')?.[1];
    if (phase === 'markdown parse' && library !== undefined) phase = `markdown parse: ${library.startsWith('micromark') ? 'micromark' : library}`;
    if (LEAVES.some(([, pattern]) => pattern.test(leaf?.functionName ?? ''))) phase = undefined;
    phase ??= LEAVES.find(([, pattern]) => pattern.test(leaf?.functionName ?? ''))?.[0] ?? `other (${library ?? (leaf?.url.includes('/src/') ? 'hardmap' : 'node')})`;
    phaseOf.set(id, phase);
    return phase;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const phase = classify(id);
    totals.set(phase, (totals.get(phase) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return totals;
}

if (import.meta.main) {
  const all = new Map<string, number>();
  for (const file of process.argv.slice(2)) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const totals = summarize(profile);
    const busy = [...totals].filter(([phase]) => phase !== 'idle').reduce((sum, [, ms]) => sum + ms, 0);
    console.log(`${file}: ${Math.round((profile.endTime - profile.startTime) / 1000)} ms wall, ${Math.round(busy)} ms busy`);
    for (const [phase, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${phase.padEnd(36)}${String(Math.round(ms)).padStart(7)} ms ${phase === 'idle' ? '' : `${((100 * ms) / busy).toFixed(1).padStart(5)} %`}`);
      all.set(phase, (all.get(phase) ?? 0) + ms);
    }
  }
  const busy = [...all].filter(([phase]) => phase !== 'idle').reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`all threads: ${Math.round(busy)} ms busy`);
  for (const [phase, ms] of [...all].filter(([phase]) => phase !== 'idle').sort((a, b) => b[1] - a[1])) console.log(`  ${phase.padEnd(36)}${String(Math.round(ms)).padStart(7)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %`);
}
