import type { Context } from "hono";
import type { z } from "zod";
import type { Principal, Role } from "./auth/principal.ts";

/** Who may call a route: anyone, or signed-in callers holding one of these roles. Nothing else is allowed. */
export type Access = "public" | readonly Role[];

/** The caller a handler sees: none on a public route, a verified principal on every other (never a guess). */
export type CallerOf<A extends Access> = A extends "public" ? undefined : Principal;

export interface RouteInput<P, Q, B, A extends Access = Access> {
  params: P;
  query: Q;
  body: B;
  principal: CallerOf<A>;
}

/**
 * A response body's schema. Responses are documented, never validated at run time, so their schemas are built when
 * the OpenAPI document is, not at every cold start.
 */
export type ResponseSchema = () => z.ZodType;

export interface RouteResponse {
  description: string;
  schema?: ResponseSchema;
  /** The media type when it is not application/json (CSV, HTML, scripts). */
  contentType?: string;
}

/** A request header a route reads, with the syntax it accepts (documented; the route checks it). */
export interface HeaderDefinition {
  required: boolean;
  description: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** Builds a response schema on first use and keeps it, so a named component has one identity in the document. */
export function responseSchema<T extends z.ZodType>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

export interface RouteDefinition<P = unknown, Q = unknown, B = unknown, A extends Access = Access> {
  method: "get" | "post" | "put" | "patch";
  /** Hono path syntax, e.g. /api/assessments/:id */
  path: string;
  access: A;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Request headers the route reads, documented in OpenAPI. */
  headers?: Record<string, HeaderDefinition>;
  responses: Record<number, RouteResponse>;
  handler: (c: Context, input: RouteInput<P, Q, B, A>) => Response | Promise<Response>;
}

/** Keeps each route's type parameters while collecting routes into one table. */
export function route<P, Q, B, const A extends Access>(definition: RouteDefinition<P, Q, B, A>): RouteDefinition {
  return definition as unknown as RouteDefinition;
}

/** `/api/assessments/:id` → `/api/assessments/{id}` */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, "{$1}");
}
