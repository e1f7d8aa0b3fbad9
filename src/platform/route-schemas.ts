import { type TSchema, Type } from '@sinclair/typebox';

/** The one error body every route answers with (`sendFailure` in http.ts). */
export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});

export const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
