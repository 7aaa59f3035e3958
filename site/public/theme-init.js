// Applies a saved light/dark choice before first paint (a deferred module would flash the other
// theme). A classic external file, not an inline script, so the CSP can forbid inline script.
try {
  var saved = localStorage.getItem('hardmap-theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
} catch (e) {
  /* storage blocked: follow the system setting */
}
