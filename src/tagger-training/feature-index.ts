/**
 * Feature hash → row of the weight table while training, by open addressing over typed
 * arrays (a Map of a million numbers costs ten times the memory). The hashes
 * are already well mixed, so their low bits pick the slot.
 */
export class FeatureIndex {
  private keys: Uint32Array;
  /** Row + 1; 0 marks an empty slot. */
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row of `hash`, or -1. */
  get(hash: number): number {
    const { keys, rows, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = rows[slot];
      if (row === 0) return -1;
      if (keys[slot] === hash) return row - 1;
    }
  }

  /** The row of `hash`, given the next free row if it had none. */
  add(hash: number): number {
    if ((this.size + 1) * 2 > this.rows.length) this.grow();
    const { keys, rows, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = rows[slot];
      if (row === 0) {
        keys[slot] = hash;
        rows[slot] = ++this.size;
        return this.size - 1;
      }
      if (keys[slot] === hash) return row - 1;
    }
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    this.mask = this.rows.length - 1;
    for (let slot = 0; slot < rows.length; slot++) {
      if (rows[slot] === 0) continue;
      let at = keys[slot] & this.mask;
      while (this.rows[at] !== 0) at = (at + 1) & this.mask;
      this.keys[at] = keys[slot];
      this.rows[at] = rows[slot];
    }
  }
}
