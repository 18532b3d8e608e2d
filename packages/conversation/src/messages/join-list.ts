/** "a, b and c": items may contain commas of their own, so the last one is joined by position, not by pattern. */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
