import type {} from 'defence-learning/jsx/react';
import { DefenceQuiz } from 'defence-learning/react';
import { useState } from 'react';
import { bank } from './bank';

/** The library used the React way: a wrapper with a bank property and an event callback, and plain tags with JSX types. */
export function App() {
  const [result, setResult] = useState<string>();
  return (
    <main>
      <h1>defence-learning in React</h1>
      <section>
        <h2>A bank from the app</h2>
        <DefenceQuiz id="app-quiz" data={bank} onQuizComplete={(event) => setResult(`${event.detail.score} of ${event.detail.maxScore}`)} />
        <p id="result" role="status">
          {result ? `Completed: ${result}` : 'Not completed yet'}
        </p>
      </section>
      <section>
        <h2>A built-in bank</h2>
        <defence-quiz id="builtin-quiz" bank="sample" mode="exam"></defence-quiz>
      </section>
      <section>
        <h2>A built-in deck</h2>
        <fact-card deck="csdp"></fact-card>
      </section>
      <section>
        <h2>An annotated paragraph</h2>
        <p data-acronyms="all">The CSDP and PESCO are part of the EU's cooperation with NATO.</p>
      </section>
    </main>
  );
}
