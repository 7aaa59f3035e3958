// Light/dark toggle. The button is hidden until this runs, so without JS there is no dead control
// and the page simply follows the system setting.
import { remember } from './remember.ts';

const KEY = 'hardmap-theme';
const button = document.querySelector<HTMLButtonElement>('#theme-toggle');

function current(): 'light' | 'dark' {
  const set = document.documentElement.dataset['theme'];
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function show(): void {
  if (!button) return;
  const dark = current() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.textContent = dark ? 'Light theme' : 'Dark theme';
}

if (button) {
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    remember(KEY, next);
    show();
  });
}
