import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel, type BaseChatModelCallOptions } from '@langchain/core/language_models/chat_models';
import { AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';

/** One scripted reply: streamed pieces, an error to throw first, or a hang until the call's signal fires. */
export interface ScriptedChatReply {
  chunks?: string[];
  /** Thrown before anything streams (an SDK error: give it `status` and `headers` to look like one). */
  error?: Error;
  /** Streams these chunks, then waits for the signal without ending. */
  hangAfter?: number;
  usage?: { input_tokens: number; output_tokens: number };
}

/** What the model was asked, for assertions. */
export interface ScriptedChatCall {
  messages: BaseMessage[];
  /** Whether the call's signal had fired by the time the model stopped. */
  signalAborted: () => boolean;
}

/**
 * A LangChain `BaseChatModel` (not an OpenAI or Gemini one) that streams scripted replies
 * and records its calls: what a developer's own integration looks like to `createJobpilot`.
 *
 * @example
 * const model = new ScriptedChatModel([{ chunks: ['{"decision":', '…}'] }]);
 */
export class ScriptedChatModel extends BaseChatModel {
  readonly calls: ScriptedChatCall[] = [];
  readonly model = 'scripted-1';
  constructor(private readonly replies: ScriptedChatReply[]) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    let text = '';
    for await (const chunk of this._streamResponseChunks(messages, options)) text += chunk.text;
    return { generations: [{ text, message: new AIMessageChunk(text) }] };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: BaseChatModelCallOptions,
    _runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const signal = options.signal;
    this.calls.push({ messages, signalAborted: () => signal?.aborted ?? false });
    const reply = this.replies.shift() ?? { error: new Error('The scripted model has no reply left.') };
    if (reply.error) throw reply.error;
    const chunks = reply.chunks ?? [];
    for (const [index, text] of chunks.entries()) {
      if (reply.hangAfter === index) break;
      yield new ChatGenerationChunk({ text, message: new AIMessageChunk(text) });
    }
    if (reply.hangAfter !== undefined) {
      await new Promise((resolve) => signal?.addEventListener('abort', resolve, { once: true }));
      return;
    }
    if (reply.usage) {
      yield new ChatGenerationChunk({
        text: '',
        message: new AIMessageChunk({ content: '', usage_metadata: { ...reply.usage, total_tokens: reply.usage.input_tokens + reply.usage.output_tokens } }),
      });
    }
  }
}
