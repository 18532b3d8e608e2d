/**
 * The Irado chat widget. Embedded with one script tag:
 *   <script src="https://…/assets/widget.js" data-api-origin="https://chat.example" data-language="nl" defer></script>
 * It renders into a Shadow DOM, so the host page's CSS and the widget's cannot affect each other.
 */
import { render } from 'preact';
import { createChatClient } from './api/chat-client.ts';
import { contrast, readableTextOn } from './colors.ts';
import { readConfig } from './config.ts';
import { App } from './ui/app.tsx';

// Only readable while this script runs for the first time, so it is taken before anything waits.
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const HOST_ATTRIBUTE = 'data-irado-chat-host';

function mount(): void {
  if (document.querySelector(`[${HOST_ATTRIBUTE}]`)) return; // the script was included twice
  const config = readConfig(script, location.origin);
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  // CSSOM property writes, not a style attribute: allowed by a Content-Security-Policy without 'unsafe-inline'.
  host.style.setProperty('--irado-primary', config.primaryColor);
  host.style.setProperty('--irado-on-primary', readableTextOn(config.primaryColor));
  host.style.setProperty(
    '--irado-primary-text',
    contrast(config.primaryColor, '#ffffff') >= 4.5 ? config.primaryColor : '#1f4e8c',
  );
  host.style.setProperty('--irado-accent', config.accentColor);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, __WIDGET_CSS__);
  const mountPoint = document.createElement('div');
  shadow.appendChild(mountPoint);
  document.body.appendChild(host);

  let openChat = () => {};
  // Any element on the page with data-irado-chat-open opens the chat, so a page needs no script of its own.
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-irado-chat-open]') : null;
    if (!target) return;
    event.preventDefault();
    openChat();
  });

  const client = createChatClient({ apiOrigin: config.apiOrigin, mode: config.mode });
  render(
    <App
      config={config}
      client={client}
      storage={localStorageOrNull()}
      onReady={(api) => {
        openChat = api.open;
      }}
    />,
    mountPoint,
  );
}

/**
 * A constructed stylesheet where the browser has them (no CSP source needed); otherwise a <style> in the shadow
 * root, whose hash the website's Content-Security-Policy allows.
 */
function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

/** localStorage, or null where reading it throws (blocked cookies, some private modes). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
