import type { SearchResult, SearchVariables, RenameVariables, TagsResult } from "./operations";

// Each line below must be a type error.
const missingFilter: SearchVariables = {};
const wrongGenre: SearchVariables = { filter: { genre: "POETRY" } };
const missingMax: SearchVariables = { filter: { range: { min: 1 } } };
const missingTitle: RenameVariables = { id: "1" };
function film(result: SearchResult): number {
  const entry = result.search[0];
  if (entry.__typename === "Film") return entry.pages;
  return 0;
}
function unselected(result: SearchResult): string {
  const entry = result.search[0];
  return entry.__typename === "Film" ? entry.title : "";
}
const notConditional: TagsResult = { tags: null };
export { notConditional, missingFilter, wrongGenre, missingMax, missingTitle, film, unselected };
