/**
 * Loads a page from tests/csp/ (served with a strict Content-Security-Policy and Trusted Types
 * required, see web-test-runner.config.mjs) in an iframe, and collects the violations it reports.
 * Each page includes tests/csp/report-violations.js, which posts them to this window.
 */
export interface StrictCspPage {
  frame: HTMLIFrameElement;
  window: Window;
  document: Document;
  violations: string[];
  /** Resolves when the page posts `{ ready: true }` (after its own checks), or rejects after `ms`. */
  ready: Promise<void>;
  remove(): void;
}

export function openStrictCspPage(path: string, ms = 25000): StrictCspPage {
  const frame = document.createElement('iframe');
  const violations: string[] = [];
  let onReady!: () => void;
  let onTimeout!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onTimeout = reject;
  });
  const timer = setTimeout(() => onTimeout(new Error(`${path} did not report ready within ${ms} ms`)), ms);
  const listener = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    const data = event.data as { violation?: string; ready?: boolean } | null;
    if (data?.violation) violations.push(data.violation);
    if (data?.ready) {
      clearTimeout(timer);
      onReady();
    }
  };
  window.addEventListener('message', listener);
  frame.src = path;
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  return {
    frame,
    get window() {
      return frame.contentWindow!;
    },
    get document() {
      return frame.contentDocument!;
    },
    violations,
    ready,
    remove() {
      window.removeEventListener('message', listener);
      frame.remove();
    },
  };
}
