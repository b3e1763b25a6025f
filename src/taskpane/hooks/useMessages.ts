import { useCallback, useState } from "react";

type MessageIntent = "success" | "warning" | "error" | "info";

export interface PanelMessage {
  id: number;
  intent: MessageIntent;
  text: string;
  /** Field errors, listed under the text. */
  details?: string[];
  action?: { label: string; run: () => void };
}

let nextId = 0;

/** The panel's message bars: results, warnings and errors; the newest replace a group of the same kind. */
export function useMessages() {
  const [messages, setMessages] = useState<PanelMessage[]>([]);
  const show = useCallback((list: Omit<PanelMessage, "id">[]) => {
    setMessages(list.map((message) => ({ ...message, id: ++nextId })));
  }, []);
  const add = useCallback((message: Omit<PanelMessage, "id">) => {
    setMessages((current) => [...current, { ...message, id: ++nextId }]);
  }, []);
  const dismiss = useCallback((id: number) => setMessages((current) => current.filter((m) => m.id !== id)), []);
  return { messages, show, add, dismiss };
}

export type MessagesApi = ReturnType<typeof useMessages>;
