/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded, concatenated. */
  text: string;
}

const NAME = '[A-Za-z_][\\w.-]*';
const TOKEN = new RegExp(
  `<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|([^<]+)|(<!--[\\s\\S]*?-->)`,
  'y',
);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) throw new Error(`bare & in ${where}`);
  return raw.replace(ENTITY, (_, named: string, dec: string, hex: string) =>
    named ? (NAMED[named] ?? '') : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex, 16)),
  );
}

/**
 * A strict little XML parser for tests: elements, attributes, text, comments and the five entities; throws on
 * anything not well-formed (unclosed or crossed tags, a bare & or <, duplicate attributes, text outside the root).
 * Enough to prove the team XML parses back to what was put in, without a parser dependency.
 */
export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^\uFEFF?<\?xml\s[^?]*\?>/, '');
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m) throw new Error(`not well-formed at offset ${at}: ${body.slice(at, at + 30)}`);
    const [, closing, name, rawAttrs, selfClosing, text] = m;
    const top = stack.at(-1) as XmlElement;
    if (text !== undefined) {
      if (top === root && text.trim()) throw new Error('text outside the root element');
      top.text += decode(text, `<${top.name}>`);
    } else if (name && closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else if (name) {
      const attrs: Record<string, string> = {};
      for (const a of (rawAttrs ?? '').matchAll(ATTR)) {
        const key = a[1] as string;
        if (key in attrs) throw new Error(`duplicate attribute ${key} on <${name}>`);
        attrs[key] = decode(a[2] ?? a[3] ?? '', `${name}@${key}`);
      }
      const element: XmlElement = { name, attrs, children: [], text: '' };
      if (top === root && root.children.length > 0) throw new Error('more than one root element');
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  const documentElement = root.children[0];
  if (!documentElement) throw new Error('no root element');
  return documentElement;
}

/** The child elements named `name`, or throws, for compact assertions. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
