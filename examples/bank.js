/** A bank written in the app, passed to each example's quiz as a property (typed by bank.d.ts). */
export const bank = {
  id: 'react-example',
  title: 'Two quick questions',
  lang: 'en',
  description: 'A bank that lives in the app and reaches the quiz as a property.',
  sources: [{ id: 'factsheet', title: 'EU-NATO cooperation – Factsheet', publisher: 'EEAS', date: '2018-06-04' }],
  questions: [
    {
      id: 'joint-declaration',
      type: 'true-false',
      prompt: 'The EU and NATO signed a Joint Declaration in Warsaw in 2016.',
      answer: true,
      explanation: 'It was signed on 8 July 2016 and outlined seven areas where cooperation should be enhanced.',
      source: { ref: 'factsheet', quote: 'signed a Joint Declaration in Warsaw with a view to giving new impetus and new substance to the EU-NATO strategic partnership' },
    },
    {
      id: 'proposals',
      type: 'numeric',
      prompt: 'How many concrete actions did the first common set of proposals, endorsed on 6 December 2016, include?',
      answer: 42,
      explanation: 'The first set had 42 actions; a second set of 32 more followed on 5 December 2017.',
      source: { ref: 'factsheet', quote: 'The set includes 42 concrete actions for the implementation of the Joint Declaration in all seven areas of cooperation' },
    },
  ],
};
