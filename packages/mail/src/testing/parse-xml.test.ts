import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXml } from './parse-xml.ts';

describe('parseXml (the test helper that proves the team XML well-formed)', () => {
  it('reads elements, attributes and decoded text', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &amp; 2"><b>&lt;c&gt; &apos;d&apos;</b><e/></a>\n',
    );
    assert.equal(root.attrs.x, '1 & 2');
    assert.equal(root.children[0]?.text, "<c> 'd'");
    assert.equal(root.children[1]?.name, 'e');
  });

  for (const [what, xml] of [
    ['a bare ampersand', '<a>Jan & Piet</a>'],
    ['a raw less-than', '<a>1 < 2</a>'],
    ['crossed tags', '<a><b></a></b>'],
    ['an unclosed tag', '<a><b></b>'],
    ['two roots', '<a/><b/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
  ] as const) {
    it(`rejects ${what}`, () => {
      assert.throws(() => parseXml(xml));
    });
  }
});
