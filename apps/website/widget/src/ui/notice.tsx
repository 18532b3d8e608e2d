import type { TurnFailure } from '../api/chat-client.ts';
import { CUSTOMER_SERVICE_PHONE, CUSTOMER_SERVICE_TEL } from '../constants.ts';
import type { Texts } from '../i18n.ts';
import { CloseIcon } from './icons.tsx';

export function noticeText(failure: TurnFailure, t: Texts): string {
  switch (failure.kind) {
    case 'offline':
      return t.offline;
    case 'unreachable':
      return t.unreachable;
    case 'rate-limited':
      return t.rateLimited(failure.retryAfterSeconds);
    case 'rejected':
      return t.rejected;
    case 'server':
      // A gateway answer (502–504) means the chat service itself is away, not that this message went wrong.
      return failure.status >= 502 && failure.status <= 504 ? t.unreachable : t.server;
  }
}

/** An error state; every one offers Irado's customer service by phone, so a resident is never stuck. */
export function Notice({ failure, t, onDismiss }: { failure: TurnFailure; t: Texts; onDismiss: () => void }) {
  return (
    <div class={`notice notice--${failure.kind}`} role="alert">
      <div class="notice-body">
        <p class="notice-line">{noticeText(failure, t)}</p>
        <p class="notice-line">
          {t.callUs}{' '}
          <a href={`tel:${CUSTOMER_SERVICE_TEL}`} dir="ltr" class="phone">
            {CUSTOMER_SERVICE_PHONE}
          </a>
        </p>
      </div>
      <button type="button" class="icon-button notice-close" aria-label={t.dismiss} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
