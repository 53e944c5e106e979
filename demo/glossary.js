// Lists the built-in glossary. Every value is set as text: the page never parses content as HTML.
const status = document.querySelector('#glossary-status');
const list = document.querySelector('#glossary');

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

try {
  const response = await fetch('../dist/questions/glossary.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const glossary = await response.json();
  const sources = new Map(glossary.sources.map((s) => [s.id, s]));
  for (const entry of [...glossary.entries].sort((a, b) => a.term.localeCompare(b.term))) {
    const term = element('dt');
    term.append(element('strong', entry.term));
    if (entry.expansion) term.append(element('span', ` — ${entry.expansion}`));
    const description = element('dd');
    description.append(element('p', entry.definition));
    const source = element('p', undefined, 'note');
    if ('quote' in entry.source) {
      const doc = sources.get(entry.source.ref);
      source.append(element('q', entry.source.quote), ` (${doc ? `${doc.title}, ${doc.date}` : entry.source.ref})`);
    } else {
      const link = element('a', entry.source.url);
      link.href = entry.source.url;
      source.append(`${entry.source.note} See `, link, '.');
    }
    description.append(source);
    list.append(term, description);
  }
  status.textContent = `${glossary.entries.length} entries.`;
} catch (error) {
  status.textContent = `The glossary could not be loaded (${error.message}). Run npm run build first.`;
}
