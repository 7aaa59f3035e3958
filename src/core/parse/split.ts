/**
 * Cut a document into runs of whole lines that can be parsed independently: each run starts at
 * an ATX heading outside fenced code and HTML comments. micromark's time grows faster than
 * linearly with document length (a 2 MB guide took 5.7x as long as a 0.66 MB one), while guides
 * are flat sequences of headed blocks that a heading always closes, so parsing the runs one by
 * one gives the same tree in linear time.
 */
export function splitAtHeadings(text: string, targetSize = 8192): number[] {
  const starts = [0];
  let fence: string | null = null;
  let inComment = false;
  let lastStart = 0;
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end);
    if (fence !== null) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*\\r?$`).test(line)) fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (opening) fence = opening[1] ?? null;
      else if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) inComment = true;
      else if (/^ {0,3}#{1,6}(?:[ \t]|\r?$)/.test(line) && offset - lastStart >= targetSize) {
        starts.push(offset);
        lastStart = offset;
      }
    }
    offset = end + 1;
  }
  return starts;
}

/** Lines that define link references (`[label]: url`); every run needs them to resolve references. */
export function definitionLines(text: string): string[] {
  return text.match(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm) ?? [];
}
