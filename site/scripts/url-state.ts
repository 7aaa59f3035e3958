// Form state <-> the page's query string, shared by the catalog and the guide level filter:
// a filtered view can be linked, and survives a reload. Only values the form offers are read
// back, so a hand-edited URL cannot select an option that does not exist.

/** Fill the form's fields from the URL; returns whether anything was taken from it. */
export function restoreForm(form: HTMLFormElement, params = new URLSearchParams(location.search)): boolean {
  let restored = false;
  for (const element of [...form.elements]) {
    if (element instanceof HTMLSelectElement && params.has(element.name)) {
      const value = params.get(element.name) ?? '';
      if ([...element.options].some((option) => option.value === value)) {
        element.value = value;
        restored = true;
      }
    } else if (element instanceof HTMLInputElement && element.type === 'checkbox' && params.has(element.name)) {
      element.checked = params.getAll(element.name).flatMap((value) => value.split(',')).includes(element.value);
      restored = true;
    } else if (element instanceof HTMLInputElement && element.type !== 'checkbox' && params.has(element.name)) {
      element.value = params.get(element.name) ?? '';
      restored = true;
    }
  }
  return restored;
}

/**
 * Write the form's non-default values to the URL without a new history entry. Checkbox groups go
 * in as one comma list (`?level=L1,L2`), and only when some box is unchecked.
 */
export function saveForm(form: HTMLFormElement, defaults: Record<string, string> = {}): void {
  const params = new URLSearchParams(location.search);
  const groups = new Map<string, { all: number; checked: string[] }>();
  for (const element of [...form.elements]) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      const group = groups.get(element.name) ?? { all: 0, checked: [] };
      group.all++;
      if (element.checked) group.checked.push(element.value);
      groups.set(element.name, group);
    } else if (element.value && element.value !== (defaults[element.name] ?? '')) params.set(element.name, element.value);
    else params.delete(element.name);
  }
  for (const [name, group] of groups) {
    if (group.checked.length === group.all) params.delete(name);
    else params.set(name, group.checked.join(','));
  }
  // Commas are fine in a query string; left unescaped, the URL reads as the reader chose (`?level=L1,L3`).
  const query = params.toString().replace(/%2C/gi, ',');
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
