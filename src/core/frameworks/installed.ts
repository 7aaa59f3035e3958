import type { FrameworkFile } from './framework-schema.ts';

/**
 * The registry's framework.json files, handed to the pure core as data. The io layer reads them
 * from the folders under mappings/frameworks/ (and any extra mappings root) and registers its
 * reader here, so the first use reads them; src/core itself never touches a file. Everything the
 * core derives from the registry (labels, ID grammars, the `-id-unknown` rules) is memoized per
 * installation through `fromRegistry`, so installing other files replaces all of it at once.
 */
let installed: readonly FrameworkFile[] | null = null;
let loader: (() => readonly FrameworkFile[]) | null = null;
let generation = 0;

/** Replaces the registry; the frameworks are tried and listed in this order. */
export function installFrameworks(files: readonly FrameworkFile[]): void {
  installed = files;
  generation++;
}

/** How the registry is read on first use (src/io/registry.ts sets the folder reader). */
export function setFrameworkLoader(load: () => readonly FrameworkFile[]): void {
  loader = load;
}

/** The installed framework.json files; read through the loader the first time. */
export function installedFrameworks(): readonly FrameworkFile[] {
  if (!installed) {
    if (!loader) throw new Error('hardmap: no framework registry: import hardmap/node (it reads mappings/frameworks/) or call installFrameworks() with framework.json data');
    installFrameworks(loader());
  }
  return installed as readonly FrameworkFile[];
}

/** A value computed from the installed registry, computed again after each installation. */
export function fromRegistry<T>(build: (files: readonly FrameworkFile[]) => T): () => T {
  let memo: { generation: number; value: T } | null = null;
  return () => {
    const files = installedFrameworks();
    if (!memo || memo.generation !== generation) memo = { generation, value: build(files) };
    return memo.value;
  };
}
