// Deliberately breaks the policy (an inline style attribute, a string passed to innerHTML), to show
// that the harness does see violations: a CSP test that cannot fail would prove nothing.
const p = document.createElement('p');
p.setAttribute('style', 'color: red');
document.body.append(p);
try {
  document.body.insertAdjacentHTML('beforeend', '<b>raw</b>');
} catch {
  // Trusted Types throws here, and reports the violation too.
}
setTimeout(() => parent.postMessage({ ready: true }, '*'), 200);
