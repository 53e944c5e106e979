// Waits for the built bundle's quiz to load its built-in bank from dist/questions/, then reports.
const quiz = document.querySelector('defence-quiz');
const tick = () => new Promise((r) => setTimeout(r, 20));
for (let i = 0; i < 200 && !quiz.shadowRoot?.querySelector('.start, [part="error"]'); i++) await tick();
quiz.shadowRoot?.querySelector('.start button')?.click();
await tick();
parent.postMessage({ ready: true }, '*');
