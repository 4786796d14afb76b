import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/**
 * Unit tests share one module graph (no per-file isolation: about 20 s instead of 55 s on two cores). A test file
 * that mocks a module, stubs a global or an environment variable, or listens on `process` is named
 * `*.isolated.test.ts` and runs in its own graph (tests/unit/test-isolation.test.ts holds that rule).
 */
export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.isolated.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['tests/unit/**/*.isolated.test.ts'],
        },
      },
    ],
  },
})
