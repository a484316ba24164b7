/**
 * Appending lists of unknown length. `list.push(...items)` passes every item as
 * an argument: past ~120 000 of them the call overflows the stack (a RangeError
 * that once made `esep check` report a clean pass). Lists built from a file's
 * content are appended here instead.
 */

/** Appends `items` to `list` one by one; returns `list`. */
export function appendAll<T>(list: T[], items: Iterable<T>): T[] {
    if (Array.isArray(items)) {
        for (let i = 0; i < items.length; i++) list.push(items[i]);
    } else {
        for (const item of items) list.push(item);
    }
    return list;
}

/** The largest of `values` (`fallback` when there is none), without spreading them into a call. */
export function maxOf(values: Iterable<number>, fallback = -Infinity): number {
    let max = fallback;
    for (const v of values) if (v > max) max = v;
    return max;
}

/** The smallest of `values` (`fallback` when there is none), without spreading them into a call. */
export function minOf(values: Iterable<number>, fallback = Infinity): number {
    let min = fallback;
    for (const v of values) if (v < min) min = v;
    return min;
}
