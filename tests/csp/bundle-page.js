// Waits for the built bundle's quiz to load its built-in bank from dist/questions/, then reports.
const quiz = document.querySelector('defence-quiz');
await customElements.whenDefined('defence-quiz');
await quiz.loadComplete;
await quiz.updateComplete;
quiz.shadowRoot?.querySelector('.start button')?.click();
await quiz.updateComplete;
parent.postMessage({ ready: true }, '*');
