// A Learning Record Store for the browser tests, served by the test runner under /lrs/<name>/.
// Each test uses a name of its own. POST <name>/statements stores statements after checking each
// against the xAPI specification (xapi-validation) and the version header; a test can switch the
// LRS to answer like a broken one:
//   POST /lrs/<name>/control  {"mode": "ok" | "down" | "slow" | "401" | "500", "delayMs"?, "auth"?}
//   GET  /lrs/<name>/received → {statements, invalid, requests, authorizations}
import validate from 'xapi-validation';

const lrss = new Map();
const lrsNamed = (name) => {
  if (!lrss.has(name)) lrss.set(name, { mode: 'ok', delayMs: 0, auth: undefined, statements: [], invalid: [], requests: 0, authorizations: [] });
  return lrss.get(name);
};

async function body(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

const json = (ctx, status, value) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
};

export async function testLrs(ctx, next) {
  const match = /^\/lrs\/([\w-]+)\/(statements|control|received)$/.exec(ctx.path);
  if (!match) return next();
  const [, name, what] = match;
  const lrs = lrsNamed(name);
  if (what === 'control') {
    Object.assign(lrs, JSON.parse(await body(ctx.req)));
    return json(ctx, 200, { mode: lrs.mode });
  }
  if (what === 'received') return json(ctx, 200, lrs);
  if (ctx.method !== 'POST') return json(ctx, 405, { error: 'POST only' });
  lrs.requests++;
  lrs.authorizations.push(ctx.get('Authorization'));
  const text = await body(ctx.req);
  if (lrs.mode === 'down') {
    ctx.status = 502; // what a test run's report shows; the learner's browser sees a dropped connection
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (lrs.mode === 'slow') await new Promise((r) => setTimeout(r, lrs.delayMs || 1500));
  if (lrs.mode === '401' || (lrs.auth && ctx.get('Authorization') !== lrs.auth)) return json(ctx, 401, { error: 'unauthorized' });
  if (lrs.mode === '500') return json(ctx, 500, { error: 'server error' });
  if (ctx.get('X-Experience-API-Version') !== '1.0.3') return json(ctx, 400, { error: 'X-Experience-API-Version 1.0.3 missing' });
  const posted = JSON.parse(text);
  const statements = Array.isArray(posted) ? posted : [posted];
  const problems = statements.flatMap((s) => (validate.default ?? validate)(s).map((w) => ({ id: s.id, path: w.path.join('.'), warning: w.name })));
  if (problems.length) {
    lrs.invalid.push(...problems);
    return json(ctx, 400, { problems });
  }
  lrs.statements.push(...statements);
  return json(
    ctx,
    200,
    statements.map((s) => s.id),
  );
}
