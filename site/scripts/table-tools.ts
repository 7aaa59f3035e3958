// Sort, filter and export the tables wrapped in [data-table-tools] (TableTools.astro). The table is
// complete without this script; it only adds controls. Rows are hidden, never removed, so the CSV
// is exactly the rows and columns on screen, in their on-screen order.

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A cell's value for sorting, facets and CSV: `data-value` when the page gives one, else its text. */
const cellValue = (cell: Element | undefined): string => ((cell as HTMLElement | undefined)?.dataset['value'] ?? cell?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Sort key: `data-order` (a tier's rank, so LOW < MODERATE < HIGH) before the value. */
const sortValue = (cell: Element | undefined): string => (cell as HTMLElement | undefined)?.dataset['order'] ?? cellValue(cell);
const cellText = (cell: Element | undefined): string => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell (as hardmap export does). */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text) node.textContent = text;
  return node;
}

function enhance(root: HTMLElement, index: number): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const headers = [...(table?.tHead?.rows[0]?.cells ?? [])];
  if (!table || !body || headers.length === 0) return;
  const rows = [...body.rows];
  const noun = root.dataset['noun'] ?? 'rows';
  const id = `table-tools-${index}`;

  const bar = element('div', { className: 'table-tools-bar' });
  const search = element('input', { type: 'search', id: `${id}-q` });
  bar.append(element('label', { htmlFor: search.id }, 'Filter'), search);
  const facets = headers.flatMap((th, column) => {
    if (!th.hasAttribute('data-facet')) return [];
    const values = [...new Set(rows.map((row) => cellValue(row.cells[column])))].filter(Boolean).sort(collator.compare);
    const select = element('select', { id: `${id}-f${column}` });
    select.append(element('option', { value: '' }, 'All'), ...values.map((value) => element('option', { value }, value)));
    bar.append(element('label', { htmlFor: select.id }, cellText(th)), select);
    return [{ column, select }];
  });
  const download = element('button', { type: 'button', className: 'table-csv' }, 'Download CSV of the rows shown');
  const status = element('p', { className: 'table-tools-status', id: `${id}-status` });
  status.setAttribute('aria-live', 'polite');
  bar.append(download);
  root.prepend(bar, status);

  // Filter state lives in the URL (?q=...&<facet>=...) so a filtered list can be linked and survives reload.
  const params = new URLSearchParams(location.search);
  const param = (th: HTMLTableCellElement): string => th.dataset['facet'] || cellText(th).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  search.value = params.get('q') ?? '';
  for (const { column, select } of facets) {
    const wanted = params.get(param(headers[column] as HTMLTableCellElement));
    if (wanted !== null && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  function remember(): void {
    const next = new URLSearchParams(location.search);
    if (search.value) next.set('q', search.value);
    else next.delete('q');
    for (const { column, select } of facets) {
      const name = param(headers[column] as HTMLTableCellElement);
      if (select.value) next.set(name, select.value);
      else next.delete(name);
    }
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  function apply(): void {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = cellText(row).toLowerCase();
      const visible = words.every((word) => text.includes(word)) && facets.every(({ column, select }) => !select.value || cellValue(row.cells[column]) === select.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = `${shown} of ${rows.length} ${noun} shown`;
  }

  headers.forEach((th, column) => {
    const button = element('button', { type: 'button', className: 'sort' });
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...body.rows].sort((a, b) => collator.compare(sortValue(a.cells[column]), sortValue(b.cells[column])) * (ascending ? 1 : -1));
      body.append(...sorted);
    });
  });

  download.addEventListener('click', () => {
    const lines = [headers.map((th) => csvField(cellText(th))).join(',')];
    for (const row of body.rows) if (!row.hidden) lines.push([...row.cells].map((cell) => csvField(cellText(cell))).join(','));
    const link = element('a', { href: URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' })), download: root.dataset['csv'] ?? 'table.csv' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });

  const update = (): void => {
    apply();
    remember();
  };
  search.addEventListener('input', update);
  for (const { select } of facets) select.addEventListener('change', update);
  apply();
}

document.querySelectorAll<HTMLElement>('[data-table-tools]').forEach(enhance);
