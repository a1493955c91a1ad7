import { defineConfig } from 'vitest/config';

// End-to-end tests in a real editor: one editor instance, tests in order.
export default defineConfig({
    test: {
        include: ['test/e2e/**/*.e2e.test.ts'],
        testTimeout: 90000,
        hookTimeout: 180000,
        fileParallelism: false,
        sequence: { concurrent: false }
    }
});
