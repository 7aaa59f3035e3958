/** Pure: items with an `order` first, by it, then the others by id (code units, as folder listings were sorted): the registry's and the crosswalks' read order. */
export function byRegistryOrder<T extends { id: string; order?: number | undefined }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
