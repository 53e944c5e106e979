// Loaded first by every strict-CSP test page: forwards each violation the page reports to the test.
document.addEventListener('securitypolicyviolation', (event) => {
  parent.postMessage({ violation: `${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}` }, '*');
});
