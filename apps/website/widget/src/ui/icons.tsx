/** Decorative icons: hidden from assistive technology, the buttons carry the labels. */

export const ChatIcon = () => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={22} height={22}>
    <path
      fill="currentColor"
      d="M12 3C6.5 3 2 6.8 2 11.5c0 2.4 1.2 4.6 3.1 6.1L4 21.5l4.6-2.2c1.1.3 2.2.5 3.4.5 5.5 0 10-3.8 10-8.5S17.5 3 12 3Zm-4 9.75a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5Zm4 0a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5Zm4 0a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5Z"
    />
  </svg>
);

export const CloseIcon = () => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={20} height={20}>
    <path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
  </svg>
);

export const RestartIcon = () => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={20} height={20}>
    <path
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      d="M4 12a8 8 0 1 0 2.3-5.6M4 4v4.5h4.5"
    />
  </svg>
);

export const SendIcon = () => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={20} height={20} class="icon-send">
    <path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6l.1 6.5L15 12 3.5 13.9l-.1 6.5Z" />
  </svg>
);

/** Irado's assistant: a recycling truck in a circle, drawn here (no logo artwork is copied). */
export const AssistantAvatar = () => (
  <svg aria-hidden="true" focusable="false" viewBox="0 0 40 40" width={40} height={40} class="avatar">
    <circle cx="20" cy="20" r="20" fill="#ffffff" />
    <path fill="var(--irado-primary)" d="M9 14h13v10H9zM22 17h5l4 4v3h-9z" />
    <circle cx="13" cy="26" r="2.6" fill="#1f2937" />
    <circle cx="27" cy="26" r="2.6" fill="#1f2937" />
    <path fill="#ffffff" d="M24 18.5h2.6l2.4 2.5H24z" />
  </svg>
);
