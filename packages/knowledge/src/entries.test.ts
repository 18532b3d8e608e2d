import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentRules, MUNICIPALITIES, type Municipality } from '@irado/kernel';
import { knowledgeEntries } from './entries/index.ts';
import { renderEntry } from './render.ts';
import type { Topic } from './types.ts';

const places: (Municipality | null)[] = [...MUNICIPALITIES, null];

describe('knowledgeEntries', () => {
  it('holds at least 90 entries with unique kebab-case ids', () => {
    assert.ok(knowledgeEntries.length >= 90, `only ${knowledgeEntries.length} entries`);
    const ids = knowledgeEntries.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry at least three phrasings in Dutch and in English, and keywords', () => {
    for (const e of knowledgeEntries) {
      assert.ok(e.questions.nl.length >= 3, `${e.id}: ${e.questions.nl.length} Dutch phrasings`);
      assert.ok(e.questions.en.length >= 3, `${e.id}: ${e.questions.en.length} English phrasings`);
      assert.ok(e.keywords.length >= 1, `${e.id}: no keywords`);
    }
  });

  it('covers every topic', () => {
    const topics: Topic[] = [
      'general',
      'booking',
      'put_out',
      'sizes',
      'huisraad',
      'ijzer_ea',
      'mattresses',
      'garden',
      'refused',
      'kca',
      'asbestos',
      'milieustraat',
      'alternatives',
      'business',
      'contact',
      'service_area',
    ];
    for (const topic of topics)
      assert.ok(
        knowledgeEntries.some((e) => e.topic === topic),
        `no entry for ${topic}`,
      );
  });

  it('renders every entry in Dutch and English for every municipality and for none, without holes', () => {
    for (const e of knowledgeEntries) {
      for (const m of places) {
        const r = renderEntry(e, currentRules, m);
        for (const text of [r.nl, r.en]) {
          const where = `${e.id} (${m ?? 'no municipality'})`;
          assert.ok(text.trim().length > 40, `${where}: empty answer`);
          assert.doesNotMatch(text, /undefined|NaN|null|\[object|\$\{/, `${where}: ${text}`);
          assert.ok(text.includes(`(${r.url})`), `${where}: no link`);
        }
        assert.match(r.url, /^https:\/\/www\.irado\.nl\/[a-z0-9/-]*$/, `${e.id}: ${r.url}`);
        assert.notEqual(r.nl, r.en, `${e.id}: Dutch and English are the same`);
      }
    }
  });

  it('keeps answers short', () => {
    for (const e of knowledgeEntries) {
      for (const m of places) {
        const { nl, en } = e.answer(currentRules, m);
        assert.ok(
          nl.length <= 900 && en.length <= 900,
          `${e.id} (${m ?? 'none'}): ${nl.length}/${en.length} characters`,
        );
      }
    }
  });

  it('renders a municipality entry for its own municipality whatever the conversation knows', () => {
    const flats = knowledgeEntries.find((e) => e.id === 'placement-flat-vlaardingen');
    assert.ok(flats);
    assert.equal(renderEntry(flats, currentRules, 'Schiedam').nl, renderEntry(flats, currentRules, 'Vlaardingen').nl);
  });

  it("states each municipality's value when an answer differs per municipality and none is known", () => {
    const volume = knowledgeEntries.find((e) => e.id === 'volume-limit');
    assert.ok(volume);
    const text = volume.answer(currentRules, null).nl;
    for (const m of MUNICIPALITIES) assert.match(text, new RegExp(`● ${m}:`));
  });
});
