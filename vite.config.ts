/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Data files stay files (fetched, cached, replaceable in tests), however small.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy 2-core machine 5 s is not enough.
    // Tests never assert a time: this is only the point at which a hung test is stopped.
    testTimeout: 120_000,
  },
});
