// Copy buttons of code blocks (site/lib/code-html.ts): shown only once this script runs, so a
// reader without scripts never sees a button that does nothing.
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-code')) {
  const code = button.closest('figure')?.querySelector('code');
  if (!code) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => { button.textContent = 'Copied'; },
      () => { button.textContent = 'Copy failed'; },
    ).finally(() => setTimeout(() => { button.textContent = 'Copy'; }, 2000));
  });
}
