import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: [
    'dist',
    'dist-*',
    'exports',
    '.cache',
    'styles/generated',
    'test-results',
    'playwright-report',
    '**/*.md',
  ],
}, {
  rules: {
    // Scripts are command-line tools: printing is their job.
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
