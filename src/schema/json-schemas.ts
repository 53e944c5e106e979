import { bankSchema } from './bank-schema.js';
import { deckSchema } from './deck-schema.js';
import { glossarySchema } from './glossary-schema.js';
import { z } from './zod.js';

/**
 * The JSON Schemas committed in `questions/` for authors' editors, derived from the zod schemas
 * (the one definition). `npm run schema` writes them; a test fails when the committed copies are stale.
 */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodMiniType, title: string) => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title });
  return {
    'bank.schema.json': make(bankSchema, 'defence-learning question bank'),
    'deck.schema.json': make(deckSchema, 'defence-learning fact deck'),
    'glossary.schema.json': make(glossarySchema, 'defence-learning glossary'),
  };
}
