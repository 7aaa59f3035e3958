/**
 * The part of GitHub's expression language that action.yml uses, evaluated as the runner does for a
 * composite action: `${{ a || b }}` over `inputs.*`, `github.*` and `steps.<id>.outputs.*` values,
 * with `||` giving the first non-empty one. Anything else is an error, so the local run can never
 * silently differ from the real one because of an expression it did not understand.
 */
export interface ExpressionContext {
  inputs: Readonly<Record<string, string>>;
  github: Readonly<Record<string, string>>;
  steps: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

function term(text: string, context: ExpressionContext): string {
  const literal = /^'((?:[^']|'')*)'$/.exec(text);
  if (literal) return (literal[1] ?? '').replace(/''/g, "'");
  const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(text);
  if (input) {
    const value = context.inputs[input[1] ?? ''];
    if (value === undefined) throw new Error(`unknown input \`${input[1]}\``);
    return value;
  }
  const step = /^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$/.exec(text);
  if (step) return context.steps[step[1] ?? '']?.[step[2] ?? ''] ?? '';
  const github = /^github\.([A-Za-z0-9_.]+)$/.exec(text);
  if (github) {
    const value = context.github[github[1] ?? ''];
    if (value === undefined) throw new Error(`unsupported context value \`${text}\``);
    return value;
  }
  throw new Error(`unsupported expression \`${text}\``);
}

/** One `${{ ... }}` body: terms joined by `||`. */
export function evaluate(expression: string, context: ExpressionContext): string {
  for (const part of expression.split('||')) {
    const value = term(part.trim(), context);
    if (value !== '') return value;
  }
  return '';
}

/** A string with `${{ }}` expressions replaced by their values. */
export function interpolate(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => evaluate(expression, context));
}
