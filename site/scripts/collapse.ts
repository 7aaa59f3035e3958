// Disclosures marked data-collapse-narrow (the guide's table of contents, its overview) are
// closed on a phone, so the first control is near the top, and open on a wide screen; following
// the viewport keeps a rotated tablet right. Without JavaScript they stay closed, one tap away.
const wide = matchMedia('(min-width: 64rem)');
const folds = [...document.querySelectorAll<HTMLDetailsElement>('details[data-collapse-narrow]')];

function follow(): void {
  for (const fold of folds) fold.open = wide.matches;
}

follow();
wide.addEventListener('change', follow);
// Choosing a table-of-contents entry on a phone closes the list, so the control it jumps to is not below it.
document.querySelector('#guide-toc')?.addEventListener('click', (event) => {
  const toc = event.currentTarget as HTMLDetailsElement;
  if (!wide.matches && event.target instanceof HTMLAnchorElement) toc.open = false;
});
