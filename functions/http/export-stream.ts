import type { Context } from "hono";

/**
 * Streams text chunks as they are produced, pulling the next only when the client has taken the last, so an
 * export never sits in memory whole. The first chunk is produced before answering, so a store that fails at once
 * still gets a proper error status rather than a truncated 200.
 */
export async function streamText(c: Context, chunks: AsyncIterable<string>, headers: Record<string, string>) {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return c.body(body, 200, headers);
}
