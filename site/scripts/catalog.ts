// Home catalog filters and sort: pure DOM over the data-* attributes GuideCard renders.
const form = document.querySelector<HTMLFormElement>('#catalog-filters');
const list = document.querySelector<HTMLElement>('#catalog');
const status = document.querySelector<HTMLElement>('#catalog-status');

type Sorter = (a: HTMLElement, b: HTMLElement) => number;
const num = (el: HTMLElement, key: string): number => Number(el.dataset[key] ?? 0);
const text = (el: HTMLElement, key: string): string => el.dataset[key] ?? '';
const SORTS: Record<string, Sorter> = {
  // Title order is ranked at build time, so no guide text needs to sit in an attribute.
  title: (a, b) => num(a, 'rank') - num(b, 'rank'),
  controls: (a, b) => num(b, 'controls') - num(a, 'controls') || SORTS['title']!(a, b),
  diagnostics: (a, b) => num(b, 'diagnostics') - num(a, 'diagnostics') || SORTS['title']!(a, b),
  updated: (a, b) => text(b, 'updated').localeCompare(text(a, 'updated')) || SORTS['title']!(a, b),
};

function apply(): void {
  if (!form || !list) return;
  const values = new FormData(form);
  const want = (name: string): string => String(values.get(name) ?? '');
  const cards = [...list.querySelectorAll<HTMLElement>('.guide-card')];
  let shown = 0;
  for (const card of cards) {
    const match =
      (!want('category') || text(card, 'category') === want('category')) &&
      (!want('tier') || text(card, 'tier') === want('tier')) &&
      (!want('level') || text(card, 'levels').split(' ').includes(want('level'))) &&
      (!want('framework') || text(card, 'frameworks').split(' ').includes(want('framework')));
    card.hidden = !match;
    if (match) shown++;
  }
  cards.sort(SORTS[want('sort')] ?? SORTS['title']).forEach((card) => list.append(card));
  if (status) status.textContent = `${shown} of ${cards.length} guides shown`;
}

if (form && list) {
  form.hidden = false;
  form.addEventListener('change', apply);
  // Reset fires before the fields change back, so re-apply on the next tick.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
