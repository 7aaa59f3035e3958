/** Keep a reader's choice (theme, contributor details) for the next page; null forgets it. Storage may be blocked: the choice then lasts for this page only. */
export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage blocked */
  }
}
