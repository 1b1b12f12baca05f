import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  worker: { format: "es" },
  // The explorer's static site; the library's build (npm run build:lib) is dist/lib/, which emptying dist/ would delete.
  build: { outDir: "dist/app" },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, "test/e2e/**"] },
      },
      {
        // Browser tests: build once, serve on 127.0.0.1, drive Chromium; one file at a time on small machines.
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
