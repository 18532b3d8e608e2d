import Type, { type Static } from 'typebox';

/**
 * The typed actions that understanding (the offline engine or an LLM) may propose. They carry what the resident said,
 * never a decision: the engine applies them through the kernel, which decides. The same schemas validate LLM tool
 * arguments.
 */
const Text = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });
const Size = (description: string) => Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 50, description }));

export const SetLanguage = Type.Object(
  {
    type: Type.Literal('set_language'),
    language: Type.Union([Type.Literal('nl'), Type.Literal('en'), Type.Literal('tr'), Type.Literal('ar')]),
  },
  { additionalProperties: false },
);

export const StartBooking = Type.Object({ type: Type.Literal('start_booking') }, { additionalProperties: false });

export const SetMunicipality = Type.Object(
  {
    type: Type.Literal('set_municipality'),
    name: Text(80, 'The municipality (gemeente) the resident lives in, as they wrote it'),
  },
  { additionalProperties: false },
);

export const Consent = Type.Object(
  {
    type: Type.Literal('consent'),
    given: Type.Boolean({ description: 'Whether the resident agreed to the privacy notice' }),
  },
  { additionalProperties: false },
);

export const SetContact = Type.Object(
  {
    type: Type.Literal('set_contact'),
    name: Type.Optional(Text(120, 'Full name')),
    email: Type.Optional(Text(254, 'E-mail address')),
    phone: Type.Optional(Text(30, 'Phone number')),
  },
  { additionalProperties: false },
);

export const SetAddress = Type.Object(
  {
    type: Type.Literal('set_address'),
    postcode: Type.Optional(Text(10, 'Postcode as given, e.g. "3112 AB"')),
    houseNumber: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 99999, description: 'House number without addition' }),
    ),
    addition: Type.Optional(Type.String({ maxLength: 10, description: 'House letter or addition, e.g. "B"' })),
    street: Type.Optional(Text(120, 'Street name')),
    city: Type.Optional(Text(80, 'Place')),
  },
  { additionalProperties: false },
);

export const ItemInput = Type.Object(
  {
    text: Text(200, "The item in the resident's words"),
    catalogueId: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
    quantity: Type.Integer({ minimum: 1, maximum: 200 }),
    lengthM: Size('Longest side in metres'),
    widthM: Size('Width or thickness in metres'),
    heightM: Size('Height in metres'),
    weightKg: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 2000 })),
    conditions: Type.Optional(
      Type.Array(
        Type.Union([
          Type.Literal('wet'),
          Type.Literal('dirty'),
          Type.Literal('locked'),
          Type.Literal('not_empty'),
          Type.Literal('in_bags'),
          Type.Literal('unbundled'),
        ]),
        { maxItems: 6 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ItemInput = Static<typeof ItemInput>;

export const AddItems = Type.Object(
  {
    type: Type.Literal('add_items'),
    items: Type.Array(ItemInput, { minItems: 1, maxItems: 40 }),
    /** "nog een stoel": add to what is there instead of restating it. */
    additional: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const RemoveItems = Type.Object(
  {
    type: Type.Literal('remove_items'),
    refs: Type.Array(Text(200, 'An item as the resident named it, or its key'), { minItems: 1, maxItems: 40 }),
  },
  { additionalProperties: false },
);

export const KeepOnlyItems = Type.Object(
  {
    type: Type.Literal('keep_only_items'),
    refs: Type.Array(Text(200, 'An item as the resident named it, or its key'), { minItems: 1, maxItems: 40 }),
  },
  { additionalProperties: false },
);

export const Confirm = Type.Object({ type: Type.Literal('confirm') }, { additionalProperties: false });
export const Decline = Type.Object({ type: Type.Literal('decline') }, { additionalProperties: false });
export const Cancel = Type.Object({ type: Type.Literal('cancel') }, { additionalProperties: false });
export const Restart = Type.Object({ type: Type.Literal('restart') }, { additionalProperties: false });

export const AskQuestion = Type.Object(
  { type: Type.Literal('ask_question'), question: Text(2000, "The resident's question") },
  { additionalProperties: false },
);

export const Smalltalk = Type.Object(
  {
    type: Type.Literal('smalltalk'),
    kind: Type.Union([
      Type.Literal('greeting'),
      Type.Literal('thanks'),
      Type.Literal('goodbye'),
      Type.Literal('empty'),
    ]),
  },
  { additionalProperties: false },
);

export const OffTopic = Type.Object(
  { type: Type.Literal('off_topic'), kind: Type.Union([Type.Literal('other'), Type.Literal('injection')]) },
  { additionalProperties: false },
);

export const Action = Type.Union([
  SetLanguage,
  StartBooking,
  SetMunicipality,
  Consent,
  SetContact,
  SetAddress,
  AddItems,
  RemoveItems,
  KeepOnlyItems,
  Confirm,
  Decline,
  Cancel,
  Restart,
  AskQuestion,
  Smalltalk,
  OffTopic,
]);
export type Action = Static<typeof Action>;
export type ActionType = Action['type'];
