/**
 * vitest global set-up of the e2e project: build the explorer once, serve it on 127.0.0.1 for every
 * browser test, and stop the server at the end. The URL reaches the tests through `inject("appUrl")`.
 */

import type { TestProject } from "vitest/node";
import { buildApp, serveApp } from "./harness";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildApp();
  const server = await serveApp();
  project.provide("appUrl", server.url);
  return server.close;
}
