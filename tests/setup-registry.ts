// Unit tests call the pure core directly; the registry it reads is the folders of mappings/,
// registered by the io layer exactly as the CLI, the workers and the site register it.
import '../src/io/registry.ts';
