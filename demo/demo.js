// The demo pages' one script (they are served with a strict CSP: no inline scripts), each part for the page that has
// its controls: the events a teacher's page can listen to (progress.html), the bank of the browsing quiz
// (quizzes.html), the deck of the review (progress.html) and the interface language (index.html).
const log = document.querySelector('#event-log');

function show(event) {
  const line = `${event.type} ${JSON.stringify(event.detail, null, 2)}`;
  log.textContent = `${line}\n\n${log.textContent}`.slice(0, 20000);
}

const events = log ? ['quiz-start', 'quiz-answer', 'quiz-complete', 'quiz-error', 'card-flip', 'card-rated'] : [];
for (const type of events) document.addEventListener(type, show);

const picker = document.querySelector('#bank-picker');
const browsing = document.querySelector('#browse-quiz');
picker?.addEventListener('change', () => {
  browsing.setAttribute('bank', picker.value);
});

const deckPicker = document.querySelector('#deck-picker');
const reviewDeck = document.querySelector('#review-deck');
deckPicker?.addEventListener('change', () => {
  reviewDeck.setAttribute('deck', deckPicker.value);
});

// The interface language: each element of the library follows the closest `lang` attribute, so
// setting it on the elements themselves switches them, and leaves the page's English prose marked English.
const langPicker = document.querySelector('#lang-picker');
const LIBRARY_ELEMENTS = 'defence-quiz, fact-card, acronym-tip';
function speakChosenLanguage(elements) {
  for (const el of elements) el.setAttribute('lang', langPicker.value);
}
langPicker?.addEventListener('change', () => speakChosenLanguage(document.querySelectorAll(LIBRARY_ELEMENTS)));
// Tips made later (the annotated text is marked lazy: annotated once scrolled near) speak the chosen language too.
if (langPicker) {
  new MutationObserver((records) => {
    if (langPicker.value === document.documentElement.lang) return;
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element) speakChosenLanguage([...(node.matches(LIBRARY_ELEMENTS) ? [node] : []), ...node.querySelectorAll(LIBRARY_ELEMENTS)]);
  }).observe(document.body, { childList: true, subtree: true });
}
