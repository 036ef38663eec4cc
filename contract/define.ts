// How a feature declares its part of the API, and how the parts are joined.
// A feature is its methods' input schemas (zod, checked by both transports)
// with their result types riding along as a type only; `joinFeatures`
// merges them and refuses a method name declared twice, so two features can
// never silently shadow each other's method.
import type { z } from 'zod';

export type Schemas = Record<string, z.ZodType>;

/** One feature's methods: input schemas, and (types only) what each answers. */
export interface Feature<S extends Schemas, R> {
  readonly schemas: S;
  /** Never set: carries the result types to the handlers and the client. */
  readonly results?: R;
}

/**
 * `feature<Results>()(schemas)`: the results are named, the schemas inferred;
 * a method with a schema but no result type, or the other way round, does not
 * compile.
 */
export function feature<R>() {
  return <S extends Schemas & { [M in keyof R]: z.ZodType }>(schemas: S & { [M in Exclude<keyof S, keyof R>]: never }): Feature<S, R> => ({ schemas });
}

export type AnyFeature = Feature<Schemas, unknown>;
export type SchemasOf<F> = F extends Feature<infer S, unknown> ? S : never;
export type ResultsOf<F> = F extends Feature<Schemas, infer R> ? R : never;
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type JoinedSchemas<F extends readonly AnyFeature[]> = Intersect<SchemasOf<F[number]>>;
export type JoinedResults<F extends readonly AnyFeature[]> = Intersect<ResultsOf<F[number]>>;

/** All features' schemas as one table; a method declared by two features is a programming error. */
export function joinFeatures<F extends readonly AnyFeature[]>(...features: F): JoinedSchemas<F> {
  const joined: Schemas = {};
  for (const { schemas } of features) {
    for (const [method, schema] of Object.entries(schemas)) {
      if (Object.hasOwn(joined, method)) throw new Error(`API method "${method}" is declared by two features`);
      joined[method] = schema;
    }
  }
  return joined as JoinedSchemas<F>;
}
