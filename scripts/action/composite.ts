import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { interpolate, type ExpressionContext } from './expressions.ts';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  if?: string;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

export interface StepRun {
  name: string;
  /** Set for `uses:` steps, which need the network and are not run here. */
  skipped?: string;
  code: number;
  stdout: string;
  stderr: string;
}

export interface CompositeRun {
  steps: StepRun[];
  /** The exit code of the first failing step, else 0: what the job would end with. */
  code: number;
  summary: string;
}

/**
 * Runs the `run:` steps of a composite action.yml in `cwd` as the runner does: each with
 * `bash --noprofile --norc -eo pipefail`, its `env` interpolated, GITHUB_OUTPUT per step (read
 * back into `steps.<id>.outputs`), one GITHUB_STEP_SUMMARY, and stopping at the first failure.
 * `uses:` steps (setup-node, upload-sarif) reach the network and are listed as skipped.
 */
export function runComposite(actionFile: string, cwd: string, inputs: Record<string, string>, github: Record<string, string>): CompositeRun {
  const action = parse(readFileSync(actionFile, 'utf8')) as Action;
  if (action.runs.using !== 'composite') throw new Error(`${actionFile}: expected a composite action, got \`${action.runs.using}\``);
  for (const name of Object.keys(inputs)) if (!(name in action.inputs)) throw new Error(`${actionFile} has no input \`${name}\``);
  // Defaults may be expressions themselves (`${{ github.token }}`).
  const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? interpolate(input.default ?? '', { inputs: {}, github, steps: {} })]));
  const context: ExpressionContext & { steps: Record<string, Record<string, string>> } = { inputs: values, github, steps: {} };
  const scratch = mkdtempSync(join(tmpdir(), 'hardmap-action-'));
  const summaryFile = join(scratch, 'summary.md');
  writeFileSync(summaryFile, '');
  const steps: StepRun[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${index + 1}`;
    if (step.uses) {
      steps.push({ name, skipped: step.uses, code: 0, stdout: '', stderr: '' });
      continue;
    }
    if (step.if) throw new Error(`${name}: \`if\` on a run step is not emulated; decide inside the script`);
    if (step.shell !== 'bash' || !step.run) throw new Error(`${name}: expected a bash run step`);
    const outputFile = join(scratch, `output-${index}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, interpolate(String(value), context)]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: scratch },
    });
    const run = { name, code: result.status ?? 2, stdout: result.stdout, stderr: result.stderr };
    steps.push(run);
    if (step.id) context.steps[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    if (run.code !== 0) return { steps, code: run.code, summary: readFileSync(summaryFile, 'utf8') };
  }
  return { steps, code: 0, summary: readFileSync(summaryFile, 'utf8') };
}
