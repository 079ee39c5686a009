/**
 * Keeps one instance of a class alive for as long as the module is loaded.
 *
 * Why: V8 gives a class's instances a hidden class (a "map") per field they gain in the
 * constructor, and holds those maps only weakly from the class itself and from optimised code.
 * When a full garbage collection finds no instance alive (between two analyses, say, when the
 * editor sits idle), it frees them and throws away every optimised function that was specialised
 * on them (`--trace-deopt` reason "weak objects"); the next analysis runs slow code and pays again
 * for optimising it on background threads. A live instance keeps the maps, and so the optimised
 * code, valid. Object literals need none of this: their shape is held by the literal's template.
 */
const kept: object[] = [];

export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
