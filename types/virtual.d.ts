/** Built by rollup.config.mjs: every Python/data file under packages/streamlit/, keyed by path relative to it. */
declare module "virtual:streamlit-python" {
  const files: Record<string, string>;
  export default files;
}

/** Hash of those files (scripts/python-sources.mjs); the memory snapshot records the one it was made from. */
declare module "virtual:streamlit-python-hash" {
  export const sourceHash: string;
}
