// Starts Pagefind's default UI on the search page. The UI script is a classic <script> placed
// before this module, so PagefindUI exists by the time modules run.
declare const PagefindUI: new (options: Record<string, unknown>) => unknown;

const element = document.querySelector<HTMLElement>('#search');
if (element && typeof PagefindUI === 'function') {
  new PagefindUI({
    element: '#search',
    bundlePath: element.dataset['bundle'],
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    // Exact terms over stemmed or prefix ones ("Qualys" is not "quality"), and less pull towards
    // short pages: requirement pages are a line long, control pages a screen (Pagefind defaults 1 and 0.75).
    ranking: { termSimilarity: 5, pageLength: 0.2 },
    translations: { placeholder: 'A requirement ID (IA-2, CC6.1), or words from a control or runbook' },
  });
  const input = element.querySelector<HTMLInputElement>('input');
  // Pagefind labels its input with a title only; give it a visible <label> (WCAG 3.3.2).
  if (input) {
    input.id = 'search-input';
    const label = document.createElement('label');
    label.htmlFor = 'search-input';
    label.className = 'search-label';
    label.textContent = 'Search controls, framework requirements and runbooks';
    element.before(label);
  }
  const query = new URLSearchParams(location.search).get('q');
  if (input && query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
} else if (element) {
  element.textContent = 'The search index is built with the site (npx astro build); it is not available in dev mode.';
}
