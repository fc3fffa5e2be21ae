import { CallbackManager } from '@langchain/core/callbacks/manager';
import { _CONTEXT_VARIABLES_KEY, AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';

/** Where LangChain keeps a runnable's config in the async context (`getRunnableConfig()` reads it there). */
const CHILD_CONFIG = Symbol.for('lc:child_config');

type Provider = typeof AsyncLocalStorageProviderSingleton;
type RunWithConfig = Provider['runWithConfig'];

/** Providers already changed: a second call must not wrap the first. */
const changed = new WeakSet<Provider>();

/**
 * Makes the async context LangChain opens around every runnable call (each node, each channel
 * write, each branch of a graph step) a plain object when nothing traces the call, instead of a
 * LangSmith `RunTree` made only to carry the config (`tracingEnabled: false`). Building that run
 * tree (a UUIDv7 from web crypto, a microsecond timestamp, LangSmith's environment variables
 * read again, its replicas and address) was ~4% of the server's CPU on a rules turn, more
 * with the garbage it leaves. What reads the context finds what it found before: the config
 * (`getRunnableConfig`, so `interrupt()`, `getConfig()` and the custom stream writer work as
 * they did) and the context variables. When callbacks or LangSmith tracing are on for a call,
 * LangChain's own code runs it unchanged.
 *
 * Called once by the composition root; calling it again does nothing.
 *
 * @example
 * usePlainRunContexts();
 */
export function usePlainRunContexts(provider: Provider = AsyncLocalStorageProviderSingleton): void {
  if (changed.has(provider)) return;
  changed.add(provider);
  const traced: RunWithConfig = provider.runWithConfig.bind(provider);
  provider.runWithConfig = function runWithConfig(this: Provider, config, callback, avoidCreatingRootRunTree) {
    // The same test LangChain makes: with no callback manager there is no tracer to hand the context to.
    const manager = CallbackManager._configureSync(config?.callbacks, undefined, config?.tags, undefined, config?.metadata);
    if (manager !== undefined) return traced(config, callback, avoidCreatingRootRunTree);
    const storage = provider.getInstance();
    const previous = storage.getStore() as Record<symbol, unknown> | undefined;
    let context: Record<PropertyKey, unknown> | undefined = avoidCreatingRootRunTree ? undefined : { extra: { [CHILD_CONFIG]: config } };
    if (previous !== undefined && previous[_CONTEXT_VARIABLES_KEY] !== undefined) {
      context ??= {};
      context[_CONTEXT_VARIABLES_KEY] = previous[_CONTEXT_VARIABLES_KEY];
    }
    return storage.run(context, callback);
  } as RunWithConfig;
}
