import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.ts';

describe('hardmap lsp on the command line', () => {
  it('is listed in the help and has its own', async () => {
    expect((await cli(['--help'], process.cwd())).stdout).toContain('lsp                  language server for editors, over standard input and output');
    const help = await cli(['lsp', '--help'], process.cwd());
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hardmap lsp \[--stdio\]\n/);
  });

  it('refuses paths, unknown transports and a bad debounce with exit 2 before it starts', async () => {
    expect(await cli(['lsp', 'content'], process.cwd())).toEqual({ code: 2, stdout: '', stderr: 'hardmap lsp: unexpected argument `content`: hardmap lsp takes no paths (the editor opens the workspace)\n' });
    expect((await cli(['lsp', '--socket=5000'], process.cwd())).code).toBe(2);
    expect(await cli(['lsp', '--stdio'], process.cwd(), { HARDMAP_LSP_DEBOUNCE_MS: '1e3' })).toEqual({ code: 2, stdout: '', stderr: 'hardmap lsp: HARDMAP_LSP_DEBOUNCE_MS must be a whole number from 0 to 60000, got `1e3`\n' });
    expect((await cli(['lsp', '--stdio'], process.cwd(), { HARDMAP_THREADS: 'many' })).stderr).toBe('hardmap lsp: HARDMAP_THREADS must be a whole number from 0 to 256, got `many`\n');
  });
});
