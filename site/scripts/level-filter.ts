// Guide page: hide control cards whose level is unchecked. Cards carry data-level from the model.
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
  }
  if (status) status.textContent = `${shown} of ${cards.length} controls shown`;
}

if (form) {
  form.hidden = false;
  form.addEventListener('change', apply);
  apply();
}
