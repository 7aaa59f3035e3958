// Guide page: hide control cards whose level is unchecked, dim their table-of-contents entries,
// and keep the choice in the URL. Cards carry data-level from the model.
import { restoreForm, saveForm } from './url-state.ts';

const form = document.querySelector<HTMLFormElement>('#level-filter');
const status = document.querySelector<HTMLElement>('#level-filter-status');

function apply(): void {
  if (!form) return;
  const wanted = new Set(new FormData(form).getAll('level').map(String));
  const cards = [...document.querySelectorAll<HTMLElement>('.control-card[data-level]')];
  let shown = 0;
  for (const card of cards) {
    // Controls without a level stay visible: hiding them would hide content the reader did not filter.
    const visible = card.dataset['level'] === '' || wanted.has(card.dataset['level'] ?? '');
    card.hidden = !visible;
    if (visible) shown++;
    // The TOC entry stays (the control exists) but says it is filtered out.
    const entry = document.querySelector<HTMLElement>(`.guide-toc a[href="#${CSS.escape(card.getAttribute('aria-labelledby') ?? '')}"]`);
    entry?.classList.toggle('filtered-out', !visible);
    if (visible) entry?.removeAttribute('title');
    else entry?.setAttribute('title', 'Hidden by the level filter');
  }
  if (status) status.textContent = `${shown} of ${cards.length} controls shown`;
}

if (form) {
  form.hidden = false;
  restoreForm(form);
  form.addEventListener('change', () => {
    apply();
    saveForm(form);
  });
  apply();
}
