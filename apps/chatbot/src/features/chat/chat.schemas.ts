import Type, { type Static } from 'typebox';

/**
 * The earlier system's chat contract, kept so the widget on irado.nl keeps working. The body is checked by hand after
 * this loose schema, so each problem gets the error text the old widget and its monitoring know.
 */
export const ChatRequest = Type.Object(
  {
    sessionId: Type.String({
      description: 'Chosen by the widget: 10–100 of A–Z, a–z, 0–9, _ and -',
      examples: ['irado_lx3k9a2b_q8w7e6r5t'],
    }),
    action: Type.String({ description: 'Always "sendMessage"' }),
    chatInput: Type.String({ description: "The resident's message, 1–2000 characters" }),
    timestamp: Type.Optional(Type.String()),
    source: Type.Optional(Type.String({ description: '"website" or "voice"' })),
  },
  { additionalProperties: true },
);
export type ChatRequest = Static<typeof ChatRequest>;

export const Button = Type.Object({
  id: Type.String(),
  label: Type.String(),
  value: Type.String({ description: 'Sent back as the next chatInput when the button is pressed' }),
  variant: Type.Union([Type.Literal('primary'), Type.Literal('secondary')]),
});

export const ChatOutput = Type.Object({
  text: Type.String({ description: 'Markdown: **bold**, ● lists and links; never HTML' }),
  language: Type.Union([Type.Literal('nl'), Type.Literal('en'), Type.Literal('tr'), Type.Literal('ar')]),
  buttons: Type.Array(Button),
  showAfvalplaatsImage: Type.Boolean({ description: 'Show the picture of where to put grofvuil' }),
});

export const ChatResponse = Type.Object({ output: ChatOutput });

export const ErrorResponse = Type.Object({
  error: Type.String({ description: 'What is wrong, for a person' }),
  code: Type.String(),
  requestId: Type.String(),
  timestamp: Type.Optional(Type.String()),
});
