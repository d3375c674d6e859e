// Placeholder until the HTTP app lands: the real handler wraps the Hono app with hono/aws-lambda.
export const handler = async () => ({ statusCode: 503, body: '{"error":{"code":"unavailable","message":"starting"}}' });
