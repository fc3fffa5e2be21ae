/** One message of a conversation, as the transcript keeps it and the planners read it. */
export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}
