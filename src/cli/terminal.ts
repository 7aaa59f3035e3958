/**
 * Guides and file names are untrusted input, and what hardmap prints goes to terminals and CI
 * logs: C0/C1 controls (escape sequences, bell, backspace) and bidi overrides are replaced one
 * code unit for one, so a guide cannot retitle a window, clear a screen or reorder what is shown,
 * and columns and tab alignment survive. Every human-facing output goes through these two.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** `visible` for text of several lines: each line escaped, the line feeds between them kept. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
