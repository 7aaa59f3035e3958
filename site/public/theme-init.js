// Applies a saved light/dark choice and the contributor-details toggle before first paint (a
// deferred module would flash the other state). A classic external file, not an inline script,
// so the CSP can forbid inline script.
try {
  var saved = localStorage.getItem('hardmap-theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  if (localStorage.getItem('hardmap-contributor') === 'on') document.documentElement.dataset.contributor = 'on';
} catch (e) {
  /* storage blocked: follow the system setting */
}
