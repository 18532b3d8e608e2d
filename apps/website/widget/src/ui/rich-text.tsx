import { Fragment } from 'preact';
import { type Inline, parseRichText } from '../rich-text.ts';

/**
 * Renders a bot message from parsed pieces. Every piece of the bot's text becomes a text node (Preact sets `data`),
 * never markup: the widget never parses a string as HTML (a test checks its sources for the APIs that would).
 */
export function RichText({ text, newWindow }: { text: string; newWindow: string }) {
  return (
    <>
      {parseRichText(text).map((block, i) =>
        block.type === 'list' ? (
          <ul key={i}>
            {block.items.map((lines, j) => (
              <li key={j}>
                <Lines lines={lines} newWindow={newWindow} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <Lines lines={block.lines} newWindow={newWindow} />
          </p>
        ),
      )}
    </>
  );
}

function Lines({ lines, newWindow }: { lines: Inline[][]; newWindow: string }) {
  return (
    <>
      {lines.map((pieces, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          <Pieces pieces={pieces} newWindow={newWindow} />
        </Fragment>
      ))}
    </>
  );
}

function Pieces({ pieces, newWindow }: { pieces: Inline[]; newWindow: string }) {
  return (
    <>
      {pieces.map((piece, i) => {
        switch (piece.type) {
          case 'text':
            return piece.text;
          case 'bold':
            return (
              <strong key={i}>
                <Pieces pieces={piece.children} newWindow={newWindow} />
              </strong>
            );
          case 'link':
            return (
              <a key={i} href={piece.href} target="_blank" rel="noopener noreferrer">
                {piece.text}
                <span class="sr-only"> {newWindow}</span>
              </a>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
