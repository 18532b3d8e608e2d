import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type ChatClient, TurnError, type TurnFailure } from '../api/chat-client.ts';
import type { BotOutput, Language } from '../api/types.ts';
import type { WidgetConfig } from '../config.ts';
import { MAX_INPUT_LENGTH } from '../constants.ts';
import {
  type ChatMessage,
  type Conversation,
  loadConversation,
  messageId,
  newConversation,
  saveConversation,
} from '../conversation.ts';
import { isRightToLeft, TEXTS } from '../i18n.ts';
import { trapTab } from './focus-trap.ts';
import { AssistantAvatar, ChatIcon, CloseIcon, RestartIcon, SendIcon } from './icons.tsx';
import { LanguagePicker, Messages, Streaming, Typing } from './messages.tsx';
import { Notice } from './notice.tsx';

export interface AppProps {
  config: WidgetConfig;
  client: ChatClient;
  storage: Storage | null;
  /** Hands the host page a way to open the chat (elements with `data-irado-chat-open`). */
  onReady: (api: { open: () => void }) => void;
}

const isOnline = () => navigator.onLine !== false;

const botMessage = (output: BotOutput): ChatMessage => ({
  id: messageId(),
  from: 'bot',
  text: output.text,
  buttons: output.buttons,
  showImage: output.showAfvalplaatsImage,
});

export function App({ config, client, storage, onReady }: AppProps) {
  const [conversation, setConversation] = useState<Conversation>(() => loadConversation(storage) ?? newConversation());
  const [open, setOpen] = useState(conversation.open);
  const [busy, setBusy] = useState(false);
  const [partial, setPartial] = useState<string | null>(null);
  const [failure, setFailure] = useState<TurnFailure | null>(null);
  const [draft, setDraft] = useState('');
  const current = useRef(conversation);
  current.current = conversation;
  const running = useRef(false);
  const focusOnOpen = useRef(false);
  const launcher = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const language = conversation.language ?? config.language;
  const t = TEXTS[language];
  const started = conversation.messages.some((m) => m.from === 'bot');

  useEffect(() => saveConversation(storage, { ...conversation, open, updatedAt: Date.now() }), [conversation, open]);

  useEffect(() => {
    onReady({ open: () => show() });
    const offline = () => setFailure({ kind: 'offline' });
    const online = () => setFailure((f) => (f?.kind === 'offline' || f?.kind === 'unreachable' ? null : f));
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, []);

  // Focus goes to the input when the resident opens the chat and back to the launcher when it closes; a chat that
  // reopens itself after a reload does not take the focus from the page. A layout effect, so the focus has moved
  // before the browser paints the opened dialog.
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    if (open && focusOnOpen.current) input.current?.focus();
    if (!open && wasOpen.current) launcher.current?.focus();
    if (open && !isOnline()) setFailure({ kind: 'offline' });
    focusOnOpen.current = false;
    wasOpen.current = open;
  }, [open]);

  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [conversation.messages.length, partial, busy, open, failure]);

  function show() {
    focusOnOpen.current = true;
    setOpen(true);
  }

  function update(change: (c: Conversation) => Conversation) {
    current.current = change(current.current);
    setConversation(current.current);
  }

  /** One request and its reply. A failed message is taken back out of the log, so it can simply be sent again. */
  async function turn(chatInput: string, visible: boolean): Promise<boolean> {
    const mine: ChatMessage | null = visible
      ? { id: messageId(), from: 'user', text: chatInput, buttons: [], showImage: false }
      : null;
    if (mine) update((c) => ({ ...c, messages: [...c.messages, mine] }));
    setPartial(null);
    try {
      const output = await client.send(current.current.sessionId, chatInput, (piece) =>
        setPartial((p) => (p ?? '') + piece),
      );
      update((c) => ({ ...c, language: c.language ?? output.language, messages: [...c.messages, botMessage(output)] }));
      return true;
    } catch (error) {
      if (mine) update((c) => ({ ...c, messages: c.messages.filter((m) => m !== mine) }));
      setFailure(error instanceof TurnError ? error.failure : { kind: 'server', status: 0, message: null });
      return false;
    } finally {
      setPartial(null);
    }
  }

  /** Runs one exchange at a time; starts the conversation in the current language when the resident types first. */
  async function exchange(work: () => Promise<unknown>) {
    if (running.current) return;
    if (!isOnline()) {
      setFailure({ kind: 'offline' });
      return;
    }
    running.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  const start = (chosen: Language) => {
    update((c) => ({ ...c, language: chosen }));
    return turn(`start chat - language: ${TEXTS[chosen].trigger}`, false);
  };

  /**
   * A pressed reply or language button disappears while its turn runs. A keyboard user's focus moves to the input
   * rather than being lost; a tap or click (event.detail > 0) leaves it, so a phone's keyboard stays down.
   */
  const handOverFocus = (event: MouseEvent) => {
    if (event.detail === 0) input.current?.focus();
  };

  const choose = (chosen: Language, event: MouseEvent) => {
    handOverFocus(event);
    return exchange(() => start(chosen));
  };

  const press = (value: string, event: MouseEvent) => {
    handOverFocus(event);
    return submit(value);
  };

  const submit = (text: string) => {
    const message = text.trim();
    if (!message || running.current) return;
    if (!isOnline()) return setFailure({ kind: 'offline' }); // the message stays in the input
    setDraft('');
    return exchange(async () => {
      const ready = current.current.messages.some((m) => m.from === 'bot') || (await start(language));
      if (!ready || !(await turn(message, true))) setDraft(message);
    });
  };

  function restart() {
    if (running.current) return; // the running turn's reply belongs to the old session
    update(() => ({ ...newConversation(), open: true }));
    setFailure(null);
    setDraft('');
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    } else if (dialog.current) trapTab(event, dialog.current);
  }

  return (
    <div class="root" dir={isRightToLeft(language) ? 'rtl' : 'ltr'} lang={language}>
      <button
        ref={launcher}
        type="button"
        class="launcher"
        aria-expanded={open}
        aria-controls="irado-chat-dialog"
        onClick={() => (open ? setOpen(false) : show())}
      >
        {open ? <CloseIcon /> : <ChatIcon />}
        <span class="launcher-label">{t.launcher}</span>
      </button>
      <div
        ref={dialog}
        id="irado-chat-dialog"
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t.title}
        hidden={!open}
        onKeyDown={onKeyDown}
      >
        <div class="header">
          <AssistantAvatar />
          <div class="heading">
            <p class="title">{t.title}</p>
            <p class="subtitle">
              <span class="online" aria-hidden="true" />
              {t.subtitle}
            </p>
          </div>
          <button
            type="button"
            class="icon-button"
            aria-label={t.restart}
            title={t.restart}
            aria-disabled={busy}
            onClick={restart}
          >
            <RestartIcon />
          </button>
          <button type="button" class="icon-button" aria-label={t.close} title={t.close} onClick={() => setOpen(false)}>
            <CloseIcon />
          </button>
        </div>
        <div class="scroller" ref={scroller}>
          {!started && !busy && <LanguagePicker t={t} onChoose={choose} />}
          <Messages
            messages={conversation.messages}
            t={t}
            imageUrl={`${config.assetOrigin}/media/afvalplaats.png`}
            buttonsEnabled={!busy}
            onButton={press}
          />
          {busy && (partial === null ? <Typing t={t} /> : <Streaming text={partial} t={t} />)}
        </div>
        {failure && <Notice failure={failure} t={t} onDismiss={() => setFailure(null)} />}
        <form
          class="composer"
          onSubmit={(event) => {
            event.preventDefault();
            submit(draft);
          }}
        >
          <label class="sr-only" for="irado-chat-input">
            {t.input}
          </label>
          <input
            ref={input}
            id="irado-chat-input"
            type="text"
            dir="auto"
            autocomplete="off"
            maxLength={MAX_INPUT_LENGTH}
            placeholder={t.placeholder}
            value={draft}
            onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          />
          {/* aria-disabled, not disabled: a disabled button would drop the focus of whoever pressed it. */}
          <button type="submit" class="send" aria-label={t.send} title={t.send} aria-disabled={busy}>
            <SendIcon />
          </button>
        </form>
      </div>
    </div>
  );
}
