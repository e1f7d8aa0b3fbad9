import type { paths } from './schema.gen.ts';

/** The web app's view of the API, generated from the server's OpenAPI document (schema.gen.ts). */
export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Success<R> = R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer A } ? JsonOf<A> : never;

/** What a route answers on success (200, else 201), e.g. `Answer<'/api/v1/hub/me'>`. */
export type Answer<P extends ApiPath, M extends Method = 'get'> =
  paths[P] extends Record<M, { responses: infer R }> ? Success<R> : never;

/** The JSON body a route takes, e.g. `Body<'/api/v1/hub/messages', 'post'>`. */
export type Body<P extends ApiPath, M extends Method = 'post'> =
  paths[P] extends Record<M, { requestBody?: infer B }> ? JsonOf<NonNullable<B>> : never;
