/** Collects what is passed to console.warn until `restore()`, instead of printing it. */
export function captureWarnings() {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {
    warnings,
    restore() {
      console.warn = original;
    },
  };
}
