import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STORAGE_KEY } from './constants.ts';
import { loadConversation, newConversation, newSessionId, saveConversation } from './conversation.ts';

/** A Storage over a Map: Node has no localStorage. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

describe('conversation storage', () => {
  it('makes session ids of the earlier shape that the chat API accepts', () => {
    const id = newSessionId(Date.UTC(2026, 0, 1));
    assert.match(id, /^irado_[0-9a-z]+_[0-9a-z]{8}$/);
    assert.ok(id.length >= 10 && id.length <= 100);
    assert.notEqual(newSessionId(), newSessionId());
  });

  it('restores what it saved', () => {
    const storage = memoryStorage();
    const conversation = {
      ...newConversation(1000),
      language: 'ar' as const,
      open: true,
      messages: [{ id: 'a', from: 'bot' as const, text: 'Hoi', buttons: [], showImage: true }],
    };
    saveConversation(storage, conversation);
    assert.deepEqual(loadConversation(storage, 2000), conversation);
  });

  it('starts over after a day, or when the stored value is not a conversation', () => {
    const storage = memoryStorage();
    saveConversation(storage, newConversation(0));
    assert.equal(loadConversation(storage, 25 * 60 * 60 * 1000), null);
    storage.setItem(STORAGE_KEY, '{"sessionId":"../../x","updatedAt":1,"messages":[]}');
    assert.equal(loadConversation(storage, 2), null);
    storage.setItem(STORAGE_KEY, 'not json');
    assert.equal(loadConversation(storage, 2), null);
  });

  it('drops stored messages of the wrong shape', () => {
    const storage = memoryStorage();
    const good = { id: 'a', from: 'user', text: 'x', buttons: [], showImage: false };
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ ...newConversation(5), messages: [good, { id: 1, from: 'bot' }, { ...good, from: 'admin' }] }),
    );
    assert.deepEqual(loadConversation(storage, 6)?.messages, [good]);
  });

  it('survives a storage that throws', () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    assert.doesNotThrow(() => saveConversation(broken, newConversation()));
  });
});
