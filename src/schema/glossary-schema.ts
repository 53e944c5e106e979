import { citationSchema, languageTag, sourceDocumentSchema, text } from './common-schema.js';
import { validateWith } from './validate-bank.js';
import type { Validated, ValidationIssue } from './validation-issues.js';
import { z } from './zod.js';

/** For a term the source documents do not explain: an official page, and a note saying so. */
export const webCitationSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }),
  note: text(),
});

/** A term or alias tips can look for: a letter or digit, at most 100 characters (as read-glossary.ts and term-matcher.ts require). */
const termName = () =>
  text().check(
    z.maxLength(100),
    z.refine((name) => /[\p{L}\p{N}]/u.test(name), { error: 'must have a letter or digit' }),
  );

export const glossaryEntrySchema = z.strictObject({
  /** As it appears in text, case-sensitive: "CSDP", "SHADE MED", "HR/VP", "European Defence Fund". */
  term: termName(),
  /** What the letters stand for, where the term is an acronym. */
  expansion: z.optional(text()),
  /** At most 40 words, for a reader who has never heard of it. */
  definition: text(),
  /** Other spellings found in text that mean the same, annotated like the term. */
  aliases: z.optional(z.array(termName())),
  source: z.union([citationSchema, webCitationSchema]),
});

export const glossarySchema = z.strictObject({
  $schema: z.optional(z.string()),
  lang: languageTag(),
  sources: z.array(sourceDocumentSchema).check(z.minLength(1)),
  entries: z.array(glossaryEntrySchema).check(z.minLength(1)),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Glossary = z.infer<typeof glossarySchema>;
/** A glossary as a page writes it: what a tip's `.glossary` property and `annotateAcronyms(root, { glossary })` take as an object. */
export type GlossaryInput = z.input<typeof glossarySchema>;

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

function glossaryRules(input: unknown): ValidationIssue[] {
  const g = (typeof input === 'object' && input !== null ? input : {}) as { sources?: unknown; entries?: unknown };
  const sources = Array.isArray(g.sources) ? g.sources : [];
  const sourceIds = new Set(sources.map((s) => (s as { id?: unknown } | null)?.id));
  const entries = Array.isArray(g.entries) ? (g.entries as Array<Record<string, unknown> | null>) : [];
  const issues: ValidationIssue[] = [];
  const terms = new Map<string, number>();
  entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    const names = [entry?.term, ...(Array.isArray(entry?.aliases) ? (entry.aliases as unknown[]) : [])].filter((t): t is string => typeof t === 'string');
    for (const name of names) {
      const first = terms.get(name);
      if (first !== undefined && first !== i) issues.push({ path: `${at}.term`, message: `"${name}" is already defined at entries[${first}]` });
      else terms.set(name, i);
    }
    if (typeof entry?.definition === 'string' && wordCount(entry.definition) > 40) {
      issues.push({ path: `${at}.definition`, message: `must be at most 40 words (has ${wordCount(entry.definition)})` });
    }
    const ref = (entry?.source as { ref?: unknown } | undefined)?.ref;
    if (typeof ref === 'string' && !sourceIds.has(ref)) issues.push({ path: `${at}.source.ref`, message: `no source with id "${ref}" in "sources"` });
  });
  return issues;
}

export function validateGlossary(input: unknown): Validated<Glossary> {
  return validateWith(glossarySchema, glossaryRules, input);
}
