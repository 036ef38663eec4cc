// How a feature binds its part of the contract to its service: one handler
// per method, typed from the feature's schemas (the input is already checked
// against them when a handler runs) and its result types. `joinHandlers`
// makes the one table dispatch calls, refusing a method bound twice.
import type { z } from 'zod';
import type { AnyFeature, ResultsOf, SchemasOf } from '../contract/define.js';

export type FeatureHandlers<F extends AnyFeature> = {
  [M in keyof SchemasOf<F>]: (input: z.output<SchemasOf<F>[M]>) => Promise<M extends keyof ResultsOf<F> ? ResultsOf<F>[M] : never>;
};

export function defineHandlers<F extends AnyFeature>(_feature: F, handlers: FeatureHandlers<F>): FeatureHandlers<F> {
  return handlers;
}

type AnyHandlers = Record<string, (input: never) => Promise<unknown>>;
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export function joinHandlers<T extends readonly AnyHandlers[]>(...tables: T): Intersect<T[number]> {
  const joined: AnyHandlers = {};
  for (const table of tables) {
    for (const [method, handler] of Object.entries(table)) {
      if (Object.hasOwn(joined, method)) throw new Error(`API method "${method}" has two handlers`);
      joined[method] = handler;
    }
  }
  return joined as Intersect<T[number]>;
}
