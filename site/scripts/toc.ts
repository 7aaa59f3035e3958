// The guide's table of contents is a <details>: closed on a phone, open beside the guide on a
// wide screen. Browsers without ::details-content styling need the attribute set; following
// the viewport keeps a rotated tablet right.
const toc = document.querySelector<HTMLDetailsElement>('#guide-toc');
const wide = matchMedia('(min-width: 64rem)');

function follow(): void {
  if (toc) toc.open = wide.matches;
}

if (toc) {
  follow();
  wide.addEventListener('change', follow);
  // Choosing an entry on a phone closes the list, so the control it jumps to is not below it.
  toc.addEventListener('click', (event) => {
    if (!wide.matches && event.target instanceof HTMLAnchorElement) toc.open = false;
  });
}
