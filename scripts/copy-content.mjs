// Copies the built-in content (banks, decks, glossary and their JSON Schemas) to dist/questions/,
// where the bundle looks for it (see src/content/builtin-content-url.ts).
import { cpSync } from 'node:fs';

cpSync(new URL('../questions/', import.meta.url), new URL('../dist/questions/', import.meta.url), { recursive: true });
console.log('copied questions/ to dist/questions/');
