/** The visible app version, fixed at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
