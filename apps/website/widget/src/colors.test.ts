import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contrast, parseHexColor, readableTextOn } from './colors.ts';

describe('colours', () => {
  it('accepts only #rgb and #rrggbb, so an attribute cannot inject CSS', () => {
    assert.equal(parseHexColor('#0F7AC0'), '#0f7ac0');
    assert.equal(parseHexColor('#fa0'), '#ffaa00');
    assert.equal(parseHexColor('red'), null);
    assert.equal(parseHexColor('#0f7ac0;}body{display:none'), null);
    assert.equal(parseHexColor(null), null);
  });

  it('keeps white text on Irado blue at AA contrast (at least 4.5:1)', () => {
    assert.ok(contrast('#0f7ac0', '#ffffff') >= 4.5, String(contrast('#0f7ac0', '#ffffff')));
    assert.equal(readableTextOn('#0f7ac0'), '#ffffff');
  });

  it('switches to dark text on a light brand colour', () => {
    assert.equal(readableTextOn('#ffd400'), '#111827');
    assert.ok(contrast('#ffd400', readableTextOn('#ffd400')) >= 4.5);
  });
});
