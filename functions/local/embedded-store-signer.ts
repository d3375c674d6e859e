import type { DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";

type Signer = Extract<NonNullable<DynamoDBClientConfig["signer"]>, { sign: unknown }>;
type SignableRequest = Parameters<Signer["sign"]>[0];

/** `YYYYMMDD'T'HHMMSS'Z'`, SigV4's basic ISO-8601 form. */
const basicIsoDate = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * Labels requests for the embedded store instead of signing them. The store lives in this process and, like
 * dynalite everywhere, checks only that a SigV4 Authorization header is present and well formed, never the
 * signature. The SDK's default signer builds a new SigV4 signer and runs its HMAC chain for every request: about
 * a tenth of a PATCH's CPU on the local server, spent proving nothing.
 */
export const embeddedStoreSigner: Signer = {
  sign: async (request: SignableRequest) => {
    const date = basicIsoDate(new Date());
    request.headers["x-amz-date"] = date;
    request.headers.authorization =
      `AWS4-HMAC-SHA256 Credential=local/${date.slice(0, 8)}/local/dynamodb/aws4_request, ` +
      "SignedHeaders=host;x-amz-date, Signature=unsigned";
    return request;
  },
};
