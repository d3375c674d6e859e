/**
 * `T` with every nested property and array element read-only (tuples stay tuples): what the type checker guards
 * where the runtime does not freeze.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
