import { enableCompileCache } from 'node:module';
// Unit tests call the pure core directly; the registry it reads is the folders of mappings/,
// registered by the io layer exactly as the CLI, the workers and the site register it.
import '../src/io/registry.ts';

// The CLI's compile cache (bin/hardmap.js), here too: the analysis threads the tests start load
// hardmap's modules natively, and with the cache they read type-stripped code instead of each
// stripping types again. Stripping runs as WebAssembly; a test process running tests/cli/check.test.ts
// died once with SIGSEGV while its threads started, the crash others traced to V8's WebAssembly
// code registry under several isolates at once. The CLI's threads already read from the cache.
process.env['NODE_COMPILE_CACHE'] ??= new URL('../node_modules/.cache/hardmap/compile', import.meta.url).pathname;
enableCompileCache?.(process.env['NODE_COMPILE_CACHE']);
