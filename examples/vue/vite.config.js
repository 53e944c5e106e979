import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue must leave the library's tags to the browser instead of resolving them as Vue components.
const customElements = ['defence-quiz', 'fact-card', 'acronym-tip'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => customElements.includes(tag) } } })],
});
