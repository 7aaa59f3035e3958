// Contributor details (diagnostic badges, runbook gaps) are for the people who write the guides,
// not for the GRC readers: hidden unless this toggle turns them on; the choice is remembered
// like the theme (site/public/theme-init.js applies it before first paint). Print never shows them.
import { remember } from './remember.ts';

const KEY = 'hardmap-contributor';
const button = document.querySelector<HTMLButtonElement>('#contributor-toggle');

function show(): void {
  if (!button) return;
  const on = document.documentElement.dataset['contributor'] === 'on';
  button.setAttribute('aria-pressed', String(on));
  button.textContent = on ? 'Hide contributor details' : 'Show contributor details';
}

if (button) {
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const on = document.documentElement.dataset['contributor'] !== 'on';
    if (on) document.documentElement.dataset['contributor'] = 'on';
    else delete document.documentElement.dataset['contributor'];
    remember(KEY, on ? 'on' : null);
    show();
  });
}
