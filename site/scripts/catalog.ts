// Home catalog filters and sort: pure DOM over the data-* attributes GuideCard renders, with the
// state in the query string (site/scripts/url-state.ts).
import { restoreForm, saveForm } from './url-state.ts';

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
  diagnostics: (a, b) => num(b, 'diagnosticCount') - num(a, 'diagnosticCount') || SORTS['title']!(a, b),
  updated: (a, b) => text(b, 'updated').localeCompare(text(a, 'updated')) || SORTS['title']!(a, b),
};

/** Case- and accent-insensitive, so "secu" finds "Security & Compliance". */
const fold = (value: string): string => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function apply(): void {
  if (!form || !list) return;
  const values = new FormData(form);
  const want = (name: string): string => String(values.get(name) ?? '');
  const facets = [...form.querySelectorAll<HTMLSelectElement>('select[name]')].map((select) => select.name).filter((name) => name !== 'sort');
  const words = fold(want('q')).split(/\s+/).filter(Boolean);
  const cards = [...list.querySelectorAll<HTMLElement>('.guide-card')];
  let shown = 0;
  for (const card of cards) {
    // Each facet's tokens are a space-separated list (a guide maps to several frameworks).
    const facetsMatch = facets.every((name) => !want(name) || text(card, name).split(' ').includes(want(name)));
    // The card's own text (title, vendor, category, description): what the reader sees is what the box searches.
    const haystack = fold(card.querySelector('.guide-text')?.textContent ?? card.textContent ?? '');
    const match = facetsMatch && words.every((word) => haystack.includes(word));
    card.hidden = !match;
    if (match) shown++;
  }
  cards.sort(SORTS[want('sort')] ?? SORTS['title']).forEach((card) => list.append(card));
  if (status) status.textContent = shown === 0 ? `No guide matches these filters (${cards.length} guides in all)` : `${shown} of ${cards.length} guides shown`;
}

if (form && list) {
  form.hidden = false;
  restoreForm(form);
  const update = (): void => {
    apply();
    saveForm(form, { sort: 'title' });
  };
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  // Reset fires before the fields change back, so re-apply on the next tick.
  form.addEventListener('reset', () => setTimeout(update));
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
