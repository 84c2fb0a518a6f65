/** Document-level CSS of the app shell and the shared theme variables. */
export const appCss = `
st-app {
  --st-primary: #ff4b4b;
  --st-text: #31333f;
  --st-text-muted: rgba(49, 51, 63, 0.6);
  --st-bg: #ffffff;
  --st-bg-secondary: #f0f2f6;
  --st-border: rgba(49, 51, 63, 0.2);
  --st-radius: 0.5rem;
  --st-font: "Source Sans Pro", "Source Sans 3", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --st-font-mono: "Source Code Pro", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  --st-gap: 1rem;
  display: block;
  color: var(--st-text);
  background: var(--st-bg);
  font-family: var(--st-font);
  font-size: 1rem;
  line-height: 1.6;
}
st-app *, st-app *::before, st-app *::after { box-sizing: border-box; }
st-app .stApp { display: flex; min-height: 100%; position: relative; }
st-app .stMain { flex: 1; min-width: 0; }
st-app .stMainBlockContainer { max-width: 46rem; margin: 0 auto; padding: 3rem 1rem 4rem; }
st-app .st-layout-wide .stMainBlockContainer { max-width: none; padding-left: 3rem; padding-right: 3rem; }
st-app .stVerticalBlock { display: flex; flex-direction: column; gap: var(--st-gap); }
st-app .stElementContainer { min-width: 0; }
st-app .stElementContainer:has(> st-empty) { display: none; }
st-app [data-stale="true"] { opacity: 0.33; transition: opacity 1s ease-in 0.5s; }
st-app .st-block { display: contents; }
st-app .st-block[data-stale="true"] > * { opacity: 0.33; transition: opacity 1s ease-in 0.5s; }
st-app .stVerticalBlockBorderWrapper { border: 1px solid var(--st-border); border-radius: var(--st-radius); padding: 1rem; }
st-app .stSidebar { position: relative; width: var(--st-sidebar-width, 21rem); flex: none; background: var(--st-bg-secondary); padding: 3rem 1rem 1rem; }
st-app .stSidebar[data-collapsed] { width: 2.5rem; padding: 3rem 0 0; }
st-app .st-sidebar-toggle { position: absolute; top: 0.5rem; right: 0.5rem; border: 0; background: none; font-size: 1.25rem; cursor: pointer; color: var(--st-text); border-radius: 0.25rem; }
st-app .st-sidebar-toggle:focus-visible { outline: 2px solid var(--st-primary); }
st-app .stBottom { position: sticky; bottom: 0; z-index: 10; background: var(--st-bg); padding: 1rem 0 2rem; }
st-app .stBottomBlockContainer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
st-app .st-layout-wide .stBottomBlockContainer { max-width: none; padding: 0 3rem; }
st-app .st-boot { display: flex; align-items: center; gap: 0.75rem; color: var(--st-text-muted); padding: 1rem 0; }
st-app .st-boot-spinner { width: 1.25rem; height: 1.25rem; border: 3px solid var(--st-bg-secondary); border-top-color: var(--st-primary); border-radius: 50%; animation: st-spin 0.8s linear infinite; }
@keyframes st-spin { to { transform: rotate(360deg); } }
st-app .st-fatal { border: 1px solid #ff2b2b; background: rgba(255, 43, 43, 0.09); color: #7d353b; border-radius: var(--st-radius); padding: 1rem; margin-bottom: 1rem; }
st-app .st-fatal pre { white-space: pre-wrap; font-family: var(--st-font-mono); font-size: 0.85rem; }
st-app .st-fatal button { font: inherit; padding: 0.25rem 0.75rem; border-radius: var(--st-radius); border: 1px solid var(--st-border); background: var(--st-bg); cursor: pointer; }
@media (max-width: 768px) {
  st-app .stApp { flex-direction: column; }
  st-app .stSidebar { width: auto; }
}
`;
