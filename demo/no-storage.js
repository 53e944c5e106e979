// Hides IndexedDB from this page, so the demo shows what a learner sees when storage is refused.
Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
