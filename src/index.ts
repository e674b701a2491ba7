// The action's entry point (bundled to dist/index.js): the logic is in main.ts, which exports run()
// so that `@github/local-action` can call it too.
import { run } from './main.ts';

await run();
