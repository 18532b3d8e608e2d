const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A #rgb or #rrggbb colour from an embedder's data attribute, else null; nothing else reaches the CSS. */
export function parseHexColor(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (!HEX.test(trimmed)) return null;
  const hex = trimmed.slice(1);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `#${full.toLowerCase()}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * White or near-black, whichever reads better on `background`: an embedder may choose a light brand colour, and the
 * text on the launcher, header and buttons must keep a contrast of at least 4.5:1.
 */
export function readableTextOn(background: string): string {
  const white = '#ffffff';
  const dark = '#111827';
  return contrast(background, white) >= 4.5 || contrast(background, white) >= contrast(background, dark) ? white : dark;
}
