import type { SearchResult, SearchVariables, ItemResult, RenameVariables, Genre, TagsResult } from "./operations";

const variables: SearchVariables = { filter: { genre: "FICTION", range: { max: 300 } } };
const noFirst: SearchVariables = { filter: {}, first: null };

function describe(result: SearchResult): string[] {
  return result.search.map((entry) => {
    if (entry.__typename === "Book") {
      const genre: Genre | null = entry.genre;
      return `${entry.title} ${genre ?? ""} ${entry.pages ?? 0}`;
    }
    return `${entry.name} ${entry.minutes.toFixed(1)}`;
  });
}

function published(result: ItemResult): string {
  const item = result.item;
  if (item === null) return "none";
  if (item.__typename === "Book") return String(item.published);
  return item.title + item.id;
}

const rename: RenameVariables = { id: "1", title: "New" };
const tags: Array<string | null> | null = ({} as SearchResult).tags;

const conditional: TagsResult = { count: null };

export { conditional, variables, noFirst, describe, published, rename, tags };
