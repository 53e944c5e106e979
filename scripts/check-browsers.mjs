// Fails `npm test` early with one clear line when a browser the suite runs in is missing.
import { existsSync } from 'node:fs';

const needed = { '/usr/bin/chromium': 'chromium', '/usr/bin/firefox-esr': 'firefox-esr' };
const missing = Object.entries(needed)
  .filter(([path]) => !existsSync(path))
  .map(([, pkg]) => pkg);
if (missing.length > 0) {
  console.error(`npm test needs ${missing.join(' and ')}: run \`apt-get update && apt-get install -y ${missing.join(' ')}\` (as root), then npm test again.`);
  process.exit(1);
}
