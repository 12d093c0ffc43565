/// <reference types="svelte" />
/// <reference types="vite/client" />

/** SHA-256 (hex) of the bundled dataset as validated at build time, or '' (see vite.config.ts). */
declare const __BUNDLED_SHA256__: string;
