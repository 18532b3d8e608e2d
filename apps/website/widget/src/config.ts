import type { ApiMode } from './api/chat-client.ts';
import { isLanguage, type Language } from './api/types.ts';
import { parseHexColor } from './colors.ts';

/** The embedder's settings, from the script tag's data attributes. */
export interface WidgetConfig {
  /** Where the chat API lives (`data-api-origin`); default: where the script came from. */
  apiOrigin: string;
  /** Where /media/afvalplaats.png lives: where the script came from. */
  assetOrigin: string;
  /** The language of the launcher and picker until the resident chooses (`data-language`, nl|en|tr|ar). */
  language: Language;
  /** Launcher, header and button colour (`data-primary-color`, #rgb or #rrggbb). */
  primaryColor: string;
  /** Highlights such as the online dot (`data-accent-color`). */
  accentColor: string;
  mode: ApiMode;
}

export const DEFAULTS = { language: 'nl', primaryColor: '#0f7ac0', accentColor: '#3d8b37' } as const;

/** Reads the configuration; a bad value falls back to the default instead of breaking the host page. */
export function readConfig(script: HTMLScriptElement | null, pageOrigin: string): WidgetConfig {
  const data = script?.dataset ?? {};
  const scriptOrigin = originOf(script?.src) ?? pageOrigin;
  const mode = data.mode === 'legacy' || data.mode === 'stream' ? data.mode : 'auto';
  return {
    apiOrigin: originOf(data.apiOrigin) ?? scriptOrigin,
    assetOrigin: scriptOrigin,
    language: isLanguage(data.language) ? data.language : DEFAULTS.language,
    primaryColor: parseHexColor(data.primaryColor) ?? DEFAULTS.primaryColor,
    accentColor: parseHexColor(data.accentColor) ?? DEFAULTS.accentColor,
    mode,
  };
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
