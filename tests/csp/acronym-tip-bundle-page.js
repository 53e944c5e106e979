// Loads a built bundle (?bundle=acronym-tip, the standalone one, or ?bundle=defence-learning),
// which annotates the article with the built-in glossary from dist/questions/; opens a tip; reports.
const bundle = new URLSearchParams(location.search).get('bundle');
await import(`/dist/${bundle}.js`);
const tick = () => new Promise((r) => setTimeout(r, 20));
// The term: the element itself until a first touch builds the tip.
const trigger = () => {
  const tip = document.querySelector('acronym-tip');
  return tip?.shadowRoot?.querySelector('[part="trigger"]') ?? tip;
};
// Annotation waits for the glossary, and the page offers nothing to await for it.
for (let i = 0; i < 250 && document.querySelectorAll('acronym-tip').length < 6; i++) await tick();
await document.querySelector('acronym-tip')?.loadComplete;
trigger()?.focus();
// The first touch loads the tooltips' code (a chunk of the bundle); the tip opens once it has arrived.
for (let i = 0; i < 250 && !document.querySelector('acronym-tip')?.open; i++) await tick();
parent.postMessage({ ready: true }, '*');
