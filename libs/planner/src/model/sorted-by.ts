/** The items in the order of their keys; when they come in that order already (as the loader reads them), as they are. */
export function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  for (let i = 1; i < items.length; i++) {
    if (key(items[i - 1]) > key(items[i])) {
      return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    }
  }
  return items;
}
