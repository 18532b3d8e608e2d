import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInline, parseRichText, safeHref } from './rich-text.ts';

describe('parseInline', () => {
  it('keeps markup characters as text: HTML in a bot reply is never markup', () => {
    assert.deepEqual(parseInline('<img src=x onerror=alert(1)> & <b>hi</b>'), [
      { type: 'text', text: '<img src=x onerror=alert(1)> & <b>hi</b>' },
    ]);
  });

  it('turns **bold** into a bold piece, with a link inside it', () => {
    assert.deepEqual(parseInline('Nummer **GV-123** en **zie https://irado.nl**'), [
      { type: 'text', text: 'Nummer ' },
      { type: 'bold', children: [{ type: 'text', text: 'GV-123' }] },
      { type: 'text', text: ' en ' },
      {
        type: 'bold',
        children: [
          { type: 'text', text: 'zie ' },
          { type: 'link', href: 'https://irado.nl/', text: 'https://irado.nl' },
        ],
      },
    ]);
  });

  it('links markdown links and bare URLs, leaving trailing punctuation outside', () => {
    assert.deepEqual(parseInline('Lees [de verklaring](https://www.irado.nl/privacy) of https://www.irado.nl/a.'), [
      { type: 'text', text: 'Lees ' },
      { type: 'link', href: 'https://www.irado.nl/privacy', text: 'de verklaring' },
      { type: 'text', text: ' of ' },
      { type: 'link', href: 'https://www.irado.nl/a', text: 'https://www.irado.nl/a' },
      { type: 'text', text: '.' },
    ]);
  });

  it('never links javascript:, data: or relative targets', () => {
    for (const target of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'JaVaScRiPt:alert(1)']) {
      const pieces = parseInline(`[klik](${target})`);
      assert.deepEqual(pieces, [{ type: 'text', text: `[klik](${target})` }], target);
    }
  });
});

describe('safeHref', () => {
  it('accepts http and https only', () => {
    assert.equal(safeHref('https://irado.nl'), 'https://irado.nl/');
    assert.equal(safeHref('http://irado.nl/x?y=1'), 'http://irado.nl/x?y=1');
    assert.equal(safeHref('ftp://irado.nl'), null);
    assert.equal(safeHref('not a url'), null);
  });
});

describe('parseRichText', () => {
  it('splits paragraphs on blank lines and keeps single line breaks as lines', () => {
    assert.deepEqual(parseRichText('Regel 1\nRegel 2\n\nNieuw'), [
      { type: 'paragraph', lines: [[{ type: 'text', text: 'Regel 1' }], [{ type: 'text', text: 'Regel 2' }]] },
      { type: 'paragraph', lines: [[{ type: 'text', text: 'Nieuw' }]] },
    ]);
  });

  it('groups ● lines into one list, with indented lines continuing an item', () => {
    const blocks = parseRichText('**Huisraad**\n● tafel\n  Zet alleen dit buiten.\n● stoel\n\nKlopt alles?');
    assert.equal(blocks.length, 3);
    assert.deepEqual(blocks[1], {
      type: 'list',
      items: [
        [[{ type: 'text', text: 'tafel' }], [{ type: 'text', text: 'Zet alleen dit buiten.' }]],
        [[{ type: 'text', text: 'stoel' }]],
      ],
    });
  });
});
