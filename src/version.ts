// Kept in step with package.json by test/cli.test.ts.
export const TOOL_NAME = 'rust-crypto-gate';
export const TOOL_VERSION = '0.1.0';
export const INFORMATION_URI = 'https://github.com/rust-crypto-gate/rust-crypto-gate';
