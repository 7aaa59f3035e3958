// Keyboard shortcuts on top of the native tab order: `/` opens search, `j`/`k` move between
// control cards of a guide. Ignored while typing, and never with modifier keys (screen readers
// and browsers own those).
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function moveCard(step: 1 | -1): void {
  // Only cards on screen: a card hidden by the level filter has no box and reports top 0, which
  // made `j` land on it (or jump back to it) instead of the next visible control.
  const cards = [...document.querySelectorAll<HTMLElement>('.control-card')].filter((card) => card.getClientRects().length > 0);
  const tops = cards.map((card) => card.getBoundingClientRect().top);
  // The card at the top of the viewport: the last one whose top has scrolled past it.
  let current = -1;
  tops.forEach((top, index) => {
    if (top <= 8) current = index;
  });
  const partly = current >= 0 && (tops[current] ?? 0) < -8;
  const card = cards[step === 1 ? current + 1 : partly ? current : current - 1];
  if (!card) return;
  card.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'start' });
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
  if (event.key === '/') {
    const input = document.querySelector<HTMLInputElement>('#search input');
    event.preventDefault();
    if (input) input.focus();
    else location.href = document.querySelector<HTMLAnchorElement>('a[data-search-link]')?.href ?? '/search/';
  } else if (event.key === 'j') moveCard(1);
  else if (event.key === 'k') moveCard(-1);
});
