// The CSP forbids eval: zod must not probe for it (a reported violation). Runs before the app (index.html).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
