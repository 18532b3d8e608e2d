import type { Language } from '../api/types.ts';
import type { ChatMessage } from '../conversation.ts';
import { LANGUAGE_ORDER, TEXTS, type Texts } from '../i18n.ts';
import { RichText } from './rich-text.tsx';

export interface MessagesProps {
  messages: ChatMessage[];
  t: Texts;
  imageUrl: string;
  /** Buttons are pressable on the last bot message only, and not while a turn runs. */
  buttonsEnabled: boolean;
  onButton: (value: string, event: MouseEvent) => void;
}

/** The conversation as a log: screen readers announce each message added to it, once it is complete. */
export function Messages({ messages, t, imageUrl, buttonsEnabled, onButton }: MessagesProps) {
  const last = messages[messages.length - 1];
  return (
    <div class="log" role="log" aria-live="polite" aria-label={t.log}>
      {messages.map((message) => (
        <div key={message.id} class={`message message--${message.from}`}>
          <div class="bubble" dir="auto">
            <span class="sr-only">{message.from === 'bot' ? t.bot : t.you}: </span>
            {message.from === 'bot' ? <RichText text={message.text} newWindow={t.newWindow} /> : <p>{message.text}</p>}
            {message.showImage && <img class="afvalplaats" src={imageUrl} alt={t.imageAlt} width={600} height={240} />}
          </div>
          {message === last && message.from === 'bot' && message.buttons.length > 0 && buttonsEnabled && (
            <div class="choices">
              {message.buttons.map((button) => (
                <button
                  key={button.id}
                  type="button"
                  class={`choice choice--${button.variant}`}
                  onClick={(event) => onButton(button.value, event)}
                >
                  {button.label}
                </button>
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

/** The first screen: a short introduction and the language choice (the hidden first message follows from it). */
export function LanguagePicker({
  t,
  onChoose,
}: {
  t: Texts;
  onChoose: (language: Language, event: MouseEvent) => void;
}) {
  return (
    <div class="picker">
      <p class="intro">{t.intro}</p>
      <fieldset class="picker-set">
        <legend class="picker-question">{t.choose}</legend>
        <div class="picker-options">
          {LANGUAGE_ORDER.map((language) => (
            <button
              key={language}
              type="button"
              class="choice choice--language"
              lang={language}
              dir={language === 'ar' ? 'rtl' : 'ltr'}
              onClick={(event) => onChoose(language, event)}
            >
              {TEXTS[language].name}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Shown until the first piece of the reply arrives. */
export function Typing({ t }: { t: Texts }) {
  return (
    <div class="message message--bot" role="status">
      <div class="bubble typing">
        <span class="dots" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <span class="sr-only">{t.typing}</span>
      </div>
    </div>
  );
}

/** The reply while it streams in; hidden from screen readers, which hear the finished message in the log. */
export function Streaming({ text, t }: { text: string; t: Texts }) {
  return (
    <div class="message message--bot" aria-hidden="true">
      <div class="bubble" dir="auto">
        <RichText text={text} newWindow={t.newWindow} />
      </div>
    </div>
  );
}
