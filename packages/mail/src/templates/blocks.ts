import { escapeHtml as h } from './escape.ts';

/** One section of a resident mail, rendered the same way into HTML and plain text so both say the same. */
export interface Block {
  heading?: string;
  level?: 2 | 3;
  rows?: [label: string, value: string][];
  paragraphs?: string[];
  lists?: { title?: string; items: string[] }[];
  image?: { cid: string; alt: string };
  /** Shown as a yellow notice, for what the resident must not miss. */
  highlight?: boolean;
}

/** What surrounds the blocks: language, direction, header and closing. */
export interface Frame {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  greeting: string;
  intro: string;
  closing: string[];
}

const underline = (text: string, char: string) => `${text}\n${char.repeat(Math.min(text.length, 60))}`;

/** The plain-text body. */
export function renderBlocksText(frame: Frame, blocks: Block[]): string {
  const out = [underline(frame.title, '='), '', frame.greeting, '', frame.intro];
  for (const b of blocks) {
    out.push('');
    if (b.heading) out.push(underline(b.heading, b.level === 3 ? '-' : '='));
    for (const [label, value] of b.rows ?? []) out.push(`${label}: ${value}`);
    for (const p of b.paragraphs ?? []) out.push(p);
    for (const list of b.lists ?? []) {
      if (list.title) out.push(`${list.title}:`);
      for (const item of list.items) out.push(`- ${item}`);
    }
  }
  out.push('', ...frame.closing);
  return `${out.join('\n')}\n`;
}

function blockHtml(b: Block, side: 'left' | 'right'): string {
  const parts: string[] = [];
  if (b.heading) {
    const size = b.level === 3 ? 16 : 18;
    parts.push(
      `<h${b.level ?? 2} style="font-size:${size}px;color:#0f7ac0;margin:20px 0 8px">${h(b.heading)}</h${b.level ?? 2}>`,
    );
  }
  if (b.rows) {
    const rows = b.rows.map(
      ([k, v]) =>
        `<tr><th style="text-align:${side};padding:2px 12px 2px 0;vertical-align:top">${h(k)}</th>` +
        `<td dir="auto">${h(v)}</td></tr>`,
    );
    parts.push(`<table cellpadding="0" cellspacing="0">${rows.join('')}</table>`);
  }
  if (b.image) {
    parts.push(
      `<p><img src="cid:${h(b.image.cid)}" alt="${h(b.image.alt)}" width="600" style="max-width:100%;height:auto;border:0"></p>`,
    );
  }
  for (const p of b.paragraphs ?? []) parts.push(`<p style="margin:6px 0">${h(p)}</p>`);
  for (const list of b.lists ?? []) {
    if (list.title) parts.push(`<p style="margin:10px 0 2px;font-weight:bold">${h(list.title)}</p>`);
    parts.push(`<ul style="margin:0;padding-${side}:20px">${list.items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`);
  }
  const inner = parts.join('\n');
  return b.highlight
    ? `<div style="background:#fff6d6;border-${side}:4px solid #e0a800;padding:8px 16px;margin:12px 0">${inner}</div>`
    : inner;
}

/** The HTML body: inline styles only (mail clients drop style sheets), every value escaped. */
export function renderBlocksHtml(frame: Frame, blocks: Block[], subject: string): string {
  const side = frame.dir === 'rtl' ? 'right' : 'left';
  return `<!doctype html>
<html lang="${h(frame.lang)}" dir="${frame.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(subject)}</title></head>
<body dir="${frame.dir}" style="margin:0;padding:0;background:#f2f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#222">
<div style="max-width:640px;margin:0 auto;background:#ffffff;direction:${frame.dir};text-align:${side}">
<div style="background:#0f7ac0;color:#ffffff;padding:20px 24px"><h1 style="margin:0;font-size:22px">${h(frame.title)}</h1></div>
<div style="background:#e7f6ea;border-${side}:4px solid #2a9d3a;padding:12px 24px">
<p style="margin:4px 0;font-weight:bold">${h(frame.greeting)}</p>
<p style="margin:4px 0">${h(frame.intro)}</p>
</div>
<div style="padding:4px 24px 24px">
${blocks.map((b) => blockHtml(b, side)).join('\n')}
<p style="margin-top:24px">${frame.closing.map(h).join('<br>')}</p>
</div>
</div>
</body>
</html>
`;
}
