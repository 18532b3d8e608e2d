import type { Language } from '@irado/kernel';

/** A button of the widget; `value` is sent back as the next message. */
export interface Button {
  id: string;
  label: string;
  value: string;
  variant: 'primary' | 'secondary';
}

/** The reply of one turn, in the earlier system's UI contract so the existing widget keeps working. */
export interface Reply {
  text: string;
  language: Language;
  buttons: Button[];
  showAfvalplaatsImage: boolean;
}

export function button(id: string, label: string, value: string, variant: Button['variant'] = 'secondary'): Button {
  return { id, label, value, variant };
}
