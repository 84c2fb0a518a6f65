/** st.query_params on the page (behaviour.md §3.10): the URL follows Python's changes. */

/** Put `queryString` (without `?`) in the page's URL: no reload, no rerun, hash kept. */
export function applyQueryString(queryString: string): void {
  const url = new URL(location.href);
  url.search = queryString ? `?${queryString}` : "";
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}
