/**
 * A `fetch` for SDKs that take one (the `openai` SDK under `ChatOpenAI`). It reports every
 * chunk of the response body, so the idle timer hears bytes the SDK reads but does not
 * yield (OpenAI's usage chunk and `[DONE]` come out only when the stream ends), and it keeps
 * the `Request` reachable while its body is read: undici links a request's signal to the
 * caller's weakly, and a collected request would lose the abort that closes the socket.
 *
 * @example
 * new ChatOpenAI({ model, configuration: { fetch: watchedFetch(() => idleTimer.refresh()) } });
 */
export function watchedFetch(onActivity: () => void, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await base(request);
    onActivity();
    if (!response.body) return response;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          keepAlive(request);
          onActivity();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** A use the optimiser cannot drop: the closure holds `request` for as long as the body is read. */
const keepAlive = (request: Request) => void request.signal;
