import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SseParser } from './sse.ts';

describe('SseParser', () => {
  it('parses named events with JSON data', () => {
    const events = new SseParser().push(
      'event: start\ndata: {"requestId":"r1"}\n\nevent: delta\ndata: {"text":"Hoi"}\n\n',
    );
    assert.deepEqual(events, [
      { event: 'start', data: '{"requestId":"r1"}' },
      { event: 'delta', data: '{"text":"Hoi"}' },
    ]);
  });

  it('completes an event split over chunks at any position, CRLF included', () => {
    const stream = 'event: delta\r\ndata: {"text":"één"}\r\n\r\n: keep-alive\r\n\r\nevent: done\r\ndata: {}\r\n\r\n';
    for (let cut = 0; cut <= stream.length; cut++) {
      const parser = new SseParser();
      const events = [...parser.push(stream.slice(0, cut)), ...parser.push(stream.slice(cut))];
      assert.deepEqual(
        events.map((e) => e.event),
        ['delta', 'done'],
        `cut at ${cut}`,
      );
      assert.equal(events[0]?.data, '{"text":"één"}');
    }
  });

  it('joins several data lines and defaults the type to message', () => {
    assert.deepEqual(new SseParser().push('data: a\ndata:b\n\n'), [{ event: 'message', data: 'a\nb' }]);
  });

  it('ignores comments, unknown fields and an event without data', () => {
    assert.deepEqual(new SseParser().push(': ping\nid: 7\nretry: 10\nevent: x\n\n'), []);
  });

  it('keeps an unfinished event until its blank line arrives', () => {
    const parser = new SseParser();
    assert.deepEqual(parser.push('event: done\ndata: {"a":1}\n'), []);
    assert.deepEqual(parser.push('\n'), [{ event: 'done', data: '{"a":1}' }]);
  });
});
