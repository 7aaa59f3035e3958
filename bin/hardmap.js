#!/usr/bin/env node
// Node >= 22.12 strips TypeScript types natively, so the CLI runs from source with no build step.
// The `node` devDependency puts a recent Node first on the PATH of npm scripts and npx.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `hardmap needs Node >= 22.12 (found ${process.versions.node}). Run it through npm (npx hardmap / npm run hardmap) after npm ci, which provides Node 24.\n`,
  );
  process.exit(2);
}
// Cache compiled (and type-stripped) modules between runs: start-up is most of a warm check.
// The environment variable carries the cache to worker threads too.
const { enableCompileCache } = await import('node:module');
process.env.NODE_COMPILE_CACHE ??= new URL('../node_modules/.cache/hardmap/compile', import.meta.url).pathname;
enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// A write to stdout that failed after main returned has already set exit code 2 (src/cli/output.ts).
if (process.exitCode !== 2) process.exitCode = code;
