// Builds a SCORM package (Node): the launch page, its script, the drop-in bundle, the bank and the
// manifest, zipped with fflate (small, maintained, no dependencies; Node 20's zlib has no crc32
// for writing a zip by hand).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { type Zippable, zipSync } from 'fflate';

import type { Bank } from '../schema/bank-schema.js';
import { launchPageHtml } from '../scorm/launch-config.js';
import { scormManifest } from '../scorm/scorm-manifest.js';
import type { ScormVersion } from '../scorm/scorm-runtime.js';

export interface PackageOptions {
  bank: Bank;
  version: ScormVersion;
  passMark?: number;
  /** The built dist/ folder: defence-learning.js, chunks/, scorm/scorm-launch.js. */
  dist: string;
}

const BUNDLE = 'defence-learning.js';
const LAUNCHER = 'scorm-launch.js';

/** The drop-in build's files (the autoloader, the element entries it loads, and their chunks), as package paths. */
function bundleFiles(dist: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([[BUNDLE, readFileSync(join(dist, BUNDLE))]]);
  for (const entry of ['quiz.js', 'fact-card.js', 'acronym-tip.js']) files.set(entry, readFileSync(join(dist, entry)));
  const chunks = join(dist, 'chunks');
  let names: string[] = [];
  try {
    names = readdirSync(chunks);
  } catch {
    // A bundle without chunks is fine.
  }
  for (const name of names) if (statSync(join(chunks, name)).isFile()) files.set(`chunks/${name}`, readFileSync(join(chunks, name)));
  files.set(LAUNCHER, readFileSync(join(dist, 'scorm', LAUNCHER)));
  return files;
}

/** The zip's bytes and its file list. Throws (with the path) when dist/ lacks a file it needs. */
export function scormPackage(o: PackageOptions): { zip: Uint8Array; files: string[] } {
  const encoder = new TextEncoder();
  const files = bundleFiles(o.dist);
  files.set('bank.json', encoder.encode(`${JSON.stringify(o.bank, null, 2)}\n`));
  const launch = 'index.html';
  files.set(
    launch,
    encoder.encode(
      launchPageHtml(
        { version: o.version, bank: 'bank.json', title: o.bank.title, passMark: o.passMark, lang: o.bank.lang },
        { bundle: BUNDLE, launcher: LAUNCHER },
      ),
    ),
  );
  const manifest = scormManifest({
    version: o.version,
    identifier: `defence-learning-${o.bank.id}`,
    title: o.bank.title,
    launch,
    files: [...files.keys()],
    passMark: o.passMark,
  });
  files.set('imsmanifest.xml', encoder.encode(manifest));
  const zippable: Zippable = {};
  // A fixed date: the same bank and bundle give the same zip.
  const mtime = new Date('2020-01-01T00:00:00Z');
  for (const [path, data] of files) zippable[path] = [data, { mtime, level: 9 }];
  return { zip: zipSync(zippable), files: [...files.keys()].sort() };
}
