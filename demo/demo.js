// The demo's only script (the page is served with a strict CSP: no inline scripts).
// It shows the events a teacher's page can listen to, switches the bank of the browsing quiz, and the interface language.
const log = document.querySelector('#event-log');

function show(event) {
  const line = `${event.type} ${JSON.stringify(event.detail, null, 2)}`;
  log.textContent = `${line}\n\n${log.textContent}`.slice(0, 20000);
}

for (const type of ['quiz-start', 'quiz-answer', 'quiz-complete', 'quiz-error']) {
  document.addEventListener(type, show);
}

const picker = document.querySelector('#bank-picker');
const browsing = document.querySelector('#browse-quiz');
picker?.addEventListener('change', () => {
  browsing.setAttribute('bank', picker.value);
});

for (const type of ['card-flip', 'card-rated']) {
  document.addEventListener(type, show);
}

const deckPicker = document.querySelector('#deck-picker');
const reviewDeck = document.querySelector('#review-deck');
deckPicker?.addEventListener('change', () => {
  reviewDeck.setAttribute('deck', deckPicker.value);
});

// The interface language: each element of the library follows the closest `lang` attribute, so
// setting it on the elements themselves switches them, and leaves the page's English prose marked English.
const langPicker = document.querySelector('#lang-picker');
langPicker?.addEventListener('change', () => {
  for (const el of document.querySelectorAll('defence-quiz, fact-card, acronym-tip')) el.setAttribute('lang', langPicker.value);
});
