/**
 * The payorcontracts API as typed TypeScript: `paths` and `components` are generated from the
 * gateway's OpenAPI document (docs/openapi.json) by openapi-typescript; calls go through
 * openapi-fetch, so a path, parameter or body the document does not describe fails to compile.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./generated/api.js";

export type { components, operations, paths };

/** Every schema of the document by name, e.g. `Schemas["ContractResponse"]`. */
export type Schemas = components["schemas"];

/** An RFC 9457 problem, the body of every error answer. */
export type Problem = components["schemas"]["Problem"];

export type PayorContractsClient = Client<paths>;

export interface ClientOptions {
  /** The gateway's address, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** The bearer token, or a function giving the current one (tokens expire; it is asked per request). */
  token: string | (() => string | Promise<string>);
  /** A fetch of your own (tests, retries, instrumentation); the global fetch otherwise. */
  fetch?: typeof globalThis.fetch;
}

/** A client whose every request carries the caller's bearer token. */
export function createPayorContractsClient(options: ClientOptions): PayorContractsClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const bearer: Middleware = {
    async onRequest({ request }) {
      const token = typeof options.token === "function" ? await options.token() : options.token;
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}

/**
 * For bodies that are files, not JSON (a fee-schedule or claims CSV, an X12 835): pass as
 * `bodySerializer` so the text is sent as it is, with the `Content-Type` header you give.
 */
export const sendAsIs = (body: unknown): string => {
  if (typeof body !== "string") {
    throw new TypeError("a file body must be a string");
  }
  return body;
};
