import type { ContentReport } from './check-content.js';

/** The report `npm run check:content` prints: problems first, then counts, web citations and coverage. */
export function formatReport(report: ContentReport, options: { strictCoverage: boolean }): { text: string; failed: boolean } {
  const out: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const { problems, counts, webCitations, notASourceTerms, coverage } = report;

  if (problems.length > 0) {
    out.push(`Problems (${problems.length}):`);
    // Grouped by file (stable, so each file's problems keep their document order).
    const byFile = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const p of byFile) out.push(`  ${p.file}  ${p.path}  ${p.message}`);
  } else {
    out.push('Problems: none (every file valid, every quote found in its source).');
  }

  out.push('', 'Content:');
  if (counts.banks.length === 0 && counts.decks.length === 0) out.push('  no banks or decks yet');
  for (const bank of counts.banks) {
    const types = Object.entries(bank.byType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, n]) => `${type} ${n}`)
      .join(', ');
    out.push(`  bank ${bank.id} (${bank.file}): ${plural(bank.questions, 'question')}${types ? ` (${types})` : ''}`);
  }
  for (const deck of counts.decks) out.push(`  deck ${deck.id} (${deck.file}): ${plural(deck.cards, 'card')}`);
  const totalQuestions = counts.banks.reduce((n, b) => n + b.questions, 0);
  const totalCards = counts.decks.reduce((n, d) => n + d.cards, 0);
  out.push(
    `  total: ${plural(totalQuestions, 'question')}, ${plural(totalCards, 'card')}, ${counts.glossaryEntries} glossary ${counts.glossaryEntries === 1 ? 'entry' : 'entries'}`,
  );

  if (webCitations.length > 0) {
    out.push('', `Glossary entries citing a web page instead of a source document (${webCitations.length}):`);
    for (const w of webCitations) out.push(`  ${w.term}  ${w.url}  (${w.note})`);
  }
  if (notASourceTerms.length > 0) {
    out.push('', `Glossary entries for terms that only a document which is not a source uses (${notASourceTerms.length}):`);
    for (const t of notASourceTerms) out.push(`  ${t.term}  (in ${t.document} only; the entry must say that no source names it)`);
  }

  out.push('', 'Coverage: fact-bearing sentences of each source that a question or card quote overlaps');
  const width = Math.max(8, ...coverage.map((d) => d.id.length));
  out.push(`  ${'document'.padEnd(width)}  fact-bearing  covered  left  uncovered`);
  const row = (name: string, f: number, c: number, l: number, u: number) =>
    `  ${name.padEnd(width)}  ${String(f).padStart(12)}  ${String(c).padStart(7)}  ${String(l).padStart(4)}  ${String(u).padStart(9)}`;
  for (const d of coverage) out.push(row(d.id, d.factBearing, d.covered, d.left.length, d.uncovered.length));
  const sum = (pick: (d: (typeof coverage)[number]) => number) => coverage.reduce((n, d) => n + pick(d), 0);
  const uncoveredTotal = sum((d) => d.uncovered.length);
  out.push(
    row(
      'total',
      sum((d) => d.factBearing),
      sum((d) => d.covered),
      sum((d) => d.left.length),
      uncoveredTotal,
    ),
  );

  for (const d of coverage) {
    if (d.uncovered.length > 0) {
      out.push('', `Uncovered in ${d.id}:`);
      for (const u of d.uncovered) out.push(`  line ${u.line} [${u.reasons.join(', ')}]: ${u.text}`);
    }
    if (d.left.length > 0) {
      out.push('', `Left uncovered on purpose in ${d.id}:`);
      for (const u of d.left) out.push(`  line ${u.line}: ${u.text}\n    because: ${u.reason}`);
    }
  }

  const coverageFails = options.strictCoverage && uncoveredTotal > 0;
  const failed = problems.length > 0 || coverageFails;
  out.push('');
  if (problems.length > 0) out.push(`FAILED: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  if (coverageFails) out.push(`FAILED: ${uncoveredTotal} fact-bearing sentence${uncoveredTotal === 1 ? '' : 's'} uncovered (--strict-coverage).`);
  if (!failed) {
    out.push(
      uncoveredTotal > 0
        ? `OK, with ${uncoveredTotal} fact-bearing sentence${uncoveredTotal === 1 ? '' : 's'} uncovered (listed above; --strict-coverage makes them fail).`
        : 'OK: every fact-bearing sentence is covered or left with a reason.',
    );
  }
  return { text: out.join('\n'), failed };
}
