import * as z from 'zod/mini';

// Must run before any schema is built: zod's JIT compiles object parsers with `new Function`,
// which a page with a strict Content-Security-Policy blocks and reports. Every schema module
// imports `z` from here, never from 'zod/mini' directly, so the order is guaranteed.
z.config({ jitless: true });

export { z };
