// Simulator (plain Node): records kept in creation order with an id index, so an unfiltered
// page is a slice (O(perPage)) and paging is stable while the data does not change.

export class OrderedCollection<T extends { id: string }> {
  private readonly list: T[] = [];
  private readonly byId = new Map<string, T>();

  get size(): number {
    return this.list.length;
  }

  add(item: T): T {
    this.list.push(item);
    this.byId.set(item.id, item);
    return item;
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** O(n), but deletes are rare next to reads. */
  remove(id: string): T | undefined {
    const item = this.byId.get(id);
    if (!item) return undefined;
    this.byId.delete(id);
    this.list.splice(this.list.indexOf(item), 1);
    return item;
  }

  /** All records in creation order; read-only, do not keep across writes. */
  all(): readonly T[] {
    return this.list;
  }

  slice(offset: number, count: number): T[] {
    return this.list.slice(offset, offset + count);
  }
}
