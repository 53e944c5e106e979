import { ID_MESSAGE, ID_PATTERN } from './content-keys.js';
import { z } from './zod.js';

/** Non-empty text: every text an author writes is shown to a learner, so blank is always a mistake. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

/** An id authors write and code refers to: letters, digits, `-`, `_`, `.`; short enough to store (see src/storage/stored-values.ts). */
export const id = () => z.string().check(z.regex(ID_PATTERN, ID_MESSAGE), z.maxLength(200));

/** A BCP 47 language tag for the file's text, e.g. "en" or "en-GB". */
export const languageTag = () => z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"'));

/** A document content is authored from, listed once per file and cited by its `id`. */
export const sourceDocumentSchema = z.strictObject({
  id: id(),
  title: text(),
  publisher: text(),
  /** As the document gives it: "2018-06-04", "13 November 2017", "undated". */
  date: text(),
  url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http or https address' })),
});

/** Where a fact comes from: a `sources[].id` and a verbatim passage of that document. */
export const citationSchema = z.strictObject({
  ref: id(),
  quote: text(),
});

/** The fields that open a bank or a deck file: what it is, in which language, from which documents. */
export const contentFileFields = {
  $schema: z.optional(z.string()),
  id: id(),
  title: text(),
  /** BCP 47 language tag of the file's text, e.g. "en". */
  lang: languageTag(),
  description: text(),
  sources: z.array(sourceDocumentSchema).check(z.minLength(1)),
};

/**
 * The opening fields of a bank: a teacher's bank needs only `id` and `title`. Without `lang` the quiz
 * takes the page's language; `description` and `sources` are shown when given. Built-in content must
 * still give them all: `check:content` requires them (src/content-check/).
 */
export const bankFileFields = {
  ...contentFileFields,
  lang: z.optional(languageTag()),
  description: z.optional(text()),
  sources: z.optional(z.array(sourceDocumentSchema)),
};

/** A bank question's citation: a `sources[].id`, a verbatim passage, or both (a rule refuses neither). */
export const bankCitationSchema = z.strictObject({
  ref: z.optional(id()),
  quote: z.optional(text()),
});

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type Citation = z.infer<typeof citationSchema>;
