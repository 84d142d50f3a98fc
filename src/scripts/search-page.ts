export function runSearchPage() {}
