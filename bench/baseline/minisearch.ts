/**
 * Bare MiniSearch baseline: fetches the dataset at `?data=<url>`, indexes the
 * same fields the app searches (name, aliases, description) and, on each input
 * event, shows the names of the first ten results. Sets `window.__bare` with the
 * time the index took to build.
 *
 * Search options: prefix matching, fuzzy 0.2, names and aliases boosted ×3,
 * the usual search-as-you-type set-up.
 */
import MiniSearch from 'minisearch';

interface Doc { id: string; name: string; aliases: string; description: string }
interface RawEntity { id: string; name: string; aliases?: string[]; description?: string; sensitive?: boolean }

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const res = await fetch(params.get('data') ?? '');
  const data = (await res.json()) as { entities: RawEntity[] };
  const fetched = performance.now();
  const docs: Doc[] = data.entities.filter((e) => !e.sensitive)
    .map((e) => ({ id: e.id, name: e.name, aliases: (e.aliases ?? []).join(' '), description: e.description ?? '' }));
  const names = new Map(docs.map((d) => [d.id, d.name]));
  const start = performance.now();
  const ms = new MiniSearch<Doc>({ fields: ['name', 'aliases', 'description'], storeFields: [] });
  ms.addAll(docs);
  const indexMs = performance.now() - start;

  const input = document.querySelector('input')!;
  const list = document.getElementById('results')!;
  input.addEventListener('input', () => {
    const q = input.value;
    const hits = q.trim() === '' ? [] : ms.search(q, { prefix: true, fuzzy: 0.2, boost: { name: 3, aliases: 3 } });
    list.replaceChildren(...hits.slice(0, 10).map((h) => {
      const li = document.createElement('li');
      li.textContent = names.get(String(h.id)) ?? String(h.id);
      return li;
    }));
  });
  (window as unknown as { __bare: unknown }).__bare = { fetched, indexMs, documents: docs.length };
}

void main();
