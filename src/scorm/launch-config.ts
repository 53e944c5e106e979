import type { ScormVersion } from './scorm-runtime.js';

/** What the package command writes into the launch page for its script: which bank, how it is passed. */
export interface LaunchConfig {
  version: ScormVersion;
  /** The bank's URL, relative to the launch page. */
  bank: string;
  title: string;
  /** Percentage needed to pass; without it the LMS is told "completed" with a score. */
  passMark?: number;
  lang?: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The launch page of a SCORM package: the bundle, the launch script and the config as inline JSON
 * (data, not script: strict-CSP clean). `<` is escaped in the JSON so no text can close the tag.
 */
export function launchPageHtml(config: LaunchConfig, scripts: { bundle: string; launcher: string }): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${escapeHtml(config.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(config.title)}</title>
<link rel="icon" href="data:,">
<script type="module" src="${escapeHtml(scripts.bundle)}"></script>
<script type="module" src="${escapeHtml(scripts.launcher)}"></script>
<script type="application/json" id="scorm-config">${json}</script>
</head>
<body>
<main id="quiz"></main>
</body>
</html>
`;
}
