/**
 * The bot's text format, parsed into plain data: paragraphs and their lines, ● lists, **bold** and http(s) links. The UI
 * turns these into elements and text nodes, so nothing in a bot's text can ever become markup.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold'; children: Inline[] }
  | { type: 'link'; href: string; text: string };

export type Block = { type: 'paragraph'; lines: Inline[][] } | { type: 'list'; items: Inline[][][] };

const BULLET = /^\s*[●•]\s+/;
// **bold**, [label](url) and bare URLs; links are checked again by safeHref before use.
const INLINE = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>"'`]+)/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** The URL when it is an absolute http(s) link, else null: no `javascript:`, `data:` or relative links. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Parses one line of text into inline pieces. Bold may hold links; bold inside bold stays literal. */
export function parseInline(text: string, allowBold = true): Inline[] {
  const out: Inline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.text += value;
    else out.push({ type: 'text', text: value });
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, label, target, bare] = match;
    const index = match.index ?? 0;
    pushText(text.slice(at, index));
    at = index + whole.length;
    if (bold !== undefined) {
      if (allowBold) out.push({ type: 'bold', children: parseInline(bold, false) });
      else pushText(whole);
    } else if (label !== undefined && target !== undefined) {
      const href = safeHref(target);
      if (href) out.push({ type: 'link', href, text: label });
      else pushText(whole);
    } else if (bare !== undefined) {
      const trailing = TRAILING_PUNCTUATION.exec(bare)?.[0] ?? '';
      const url = bare.slice(0, bare.length - trailing.length);
      const href = safeHref(url);
      if (href) out.push({ type: 'link', href, text: url });
      else pushText(url);
      pushText(trailing);
    }
  }
  pushText(text.slice(at));
  return out;
}

/**
 * Splits a message into blocks. A line starting with ● opens a list item; the indented lines after it continue that
 * item; a blank line ends a paragraph or a list.
 */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (BULLET.test(line)) {
      if (current?.type !== 'list') {
        current = { type: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push([parseInline(line.replace(BULLET, ''))]);
      continue;
    }
    const lastItem = current?.type === 'list' ? current.items[current.items.length - 1] : undefined;
    if (lastItem && /^\s/.test(line)) {
      lastItem.push(parseInline(line.trim()));
      continue;
    }
    if (current?.type !== 'paragraph') {
      current = { type: 'paragraph', lines: [] };
      blocks.push(current);
    }
    current.lines.push(parseInline(line.trim()));
  }
  return blocks;
}

/** The text without markup, for a screen-reader summary or a notification. */
export function plainText(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1');
}
