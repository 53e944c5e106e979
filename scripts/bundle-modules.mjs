// Which modules each drop-in chunk holds and how much each one weighs once minified (`node
// scripts/bundle-modules.mjs [chunk-name-filter]`): builds the drop-in configuration in memory,
// writes nothing. A module's figure is its rendered, minified-per-chunk length; gzip is per chunk.
import { gzipSync } from 'node:zlib';

import { rollup } from 'rollup';

const configs = (await import('../rollup.config.mjs')).default;
const filter = process.argv[2] ?? '';
for (const config of configs) {
  const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: () => {} });
  const { output } = await bundle.generate(config.output);
  for (const chunk of output) {
    if (chunk.type !== 'chunk' || !chunk.fileName.includes(filter) || /\/[a-z]{2}-/.test(chunk.fileName)) continue;
    const gzip = gzipSync(chunk.code, { level: 9 }).length;
    console.log(
      `\n${chunk.fileName}: ${(chunk.code.length / 1024).toFixed(1)} KB min, ${(gzip / 1024).toFixed(1)} KB gzip; imports ${chunk.imports.join(' ') || '-'}; dynamic ${chunk.dynamicImports.filter((d) => !/\/[a-z]{2}-/.test(d)).join(' ') || '-'}`,
    );
    const modules = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
    for (const [id, info] of modules) {
      if (info.renderedLength < 200) continue;
      console.log(`  ${(info.renderedLength / 1024).toFixed(1).padStart(6)} KB  ${id.replace(/.*\/(node_modules|src)\//, '$1/')}`);
    }
  }
  await bundle.close();
}
