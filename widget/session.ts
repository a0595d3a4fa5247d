// What survives a page reload, per chatbot: the conversation and whether the
// visitor already left their email. Storage may throw (sandboxed frames,
// blocked cookies); the widget then simply forgets.

/** The visitor's state for one chatbot in this tab. */
export interface VisitorState {
  conversationId?: string;
  /** The conversation's token, which continuing it takes. */
  conversationToken?: string;
  leadCaptured?: boolean;
}

export function loadState(chatbotId: string): VisitorState {
  try {
    return JSON.parse(sessionStorage.getItem(`grivo:${chatbotId}`) || '{}') as VisitorState;
  } catch {
    return {};
  }
}

export function saveState(chatbotId: string, state: VisitorState): void {
  try {
    sessionStorage.setItem(`grivo:${chatbotId}`, JSON.stringify(state));
  } catch {
    // Not persisted: the conversation still works until the page is left.
  }
}
