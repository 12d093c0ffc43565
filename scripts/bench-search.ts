/**
 * Search benchmark: index build time and keystroke-to-results latency, at the
 * bundled dataset's size and at 10,000 entities (a synthetic dataset built
 * here, in mixed scripts: Latin, Vietnamese, Thai, Chinese, Khmer, Lao, Burmese).
 *
 *   node_modules/.bin/tsx scripts/bench-search.ts [entities=10000]
 *
 * A "keystroke" is everything the search box does when a letter is typed:
 * run the query (all matches, filtered, ranked) and lay out the shown results
 * (grouped by type, names and snippets highlighted). Each query is typed one
 * code point at a time. Not part of the test command.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { buildGraph } from '../src/core/graph/graph.ts';
import type { GraphIndex } from '../src/core/graph/graph.ts';
import { finishDataset } from '../src/core/model/dataset.ts';
import { parseDatasetText } from '../src/core/model/validate.ts';
import type { DatasetInput, Entity, RelationInput } from '../src/core/model/schema.ts';
import { SearchIndex } from '../src/core/search/index.ts';
import { presentResults } from '../src/core/search/present.ts';
import { mulberry32 } from '../src/core/generate/prng.ts';

/** Typed at every size; at the synthetic size, two entity names from the dataset are typed too. */
const TYPED = [
  'regional network meeting',
  'thailnd',
  'viet nam',
  'events in thailand 2016',
  'ประเทศไทย',
  'การค้ามนุษย์',
  '人口贩卖',
  'កម្ពុជា',
  'ilo',
  'counter trafficking workshop',
];

// ---------------------------------------------------------------- generator

const prng = mulberry32;


// Domain words, most common first (drawn with Zipf-like frequencies), and syllables for proper names.
const DOMAIN = ['trafficking', 'network', 'regional', 'meeting', 'workshop', 'migration', 'labour', 'protection',
  'victim', 'counter', 'identification', 'referral', 'partnership', 'forum', 'alliance', 'foundation', 'youth',
  'women', 'children', 'rights', 'justice', 'safe', 'border', 'community', 'research', 'review', 'mekong',
  'prevention', 'exploitation', 'recovery', 'shelter', 'legal', 'support', 'training', 'coordination',
  'development', 'fisheries', 'domestic', 'workers', 'recruitment', 'debt', 'bondage', 'online', 'scam',
  'compounds', 'survivors', 'reintegration', 'repatriation', 'hotline', 'screening', 'guidelines', 'indicators',
  'plan', 'action', 'national', 'committee', 'ministry', 'police', 'prosecutors', 'judges', 'embassy', 'consular',
  'media', 'campaign', 'awareness', 'school', 'university', 'study', 'report', 'survey', 'data', 'evidence',
  'policy', 'dialogue', 'conference', 'summit', 'consultation', 'seminar', 'panel', 'launch', 'annual', 'quarterly'];
const SYLLABLES = ['ka', 'lo', 'mi', 'sa', 'ton', 'ri', 'an', 'ba', 'dek', 'wat', 'phu', 'chai', 'nam', 'so', 'lek',
  'kham', 'vi', 'ra', 'hoa', 'binh', 'tan', 'son', 'mo', 'ku', 'pi', 'ya', 'rin', 'dao', 'lu', 'ne'];
const VIET = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Minh', 'Hùng', 'Hương',
  'Thảo', 'phòng chống', 'mua bán người', 'bảo vệ', 'nạn nhân', 'di cư', 'an toàn', 'cộng đồng', 'phụ nữ', 'trẻ em', 'Việt Nam'];
const THAI = ['ประเทศไทย', 'การค้ามนุษย์', 'ผู้เสียหาย', 'แรงงาน', 'ข้ามชาติ', 'คุ้มครอง', 'เครือข่าย', 'ความร่วมมือ',
  'ชุมชน', 'มูลนิธิ', 'เด็ก', 'สตรี', 'สมชัย', 'ศรีทอง', 'แก้วมณี', 'วัฒนกุล', 'พรรัตน์', 'เชียงใหม่', 'กรุงเทพ'];
const HAN = [...'人口贩卖反对拐卖受害者保护移民劳工合作网络云南妇女儿童中心基金会研究行动计划国际组织社区培训警察法律援助'];
const KHMER = ['កម្ពុជា', 'ការជួញដូរមនុស្ស', 'ជនរងគ្រោះ', 'ការពារ', 'សហគមន៍', 'ភ្នំពេញ', 'អង្គការ', 'កុមារ', 'ស្ត្រី'];
const LAO = ['ລາວ', 'ການຄ້າມະນຸດ', 'ຜູ້ເຄາະຮ້າຍ', 'ວຽງຈັນ', 'ແຮງງານ', 'ສູນ', 'ເດັກ'];
const BURMESE = ['မြန်မာ', 'လူကုန်ကူးမှု', 'အကာအကွယ်', 'ရန်ကုန်', 'အလုပ်သမား', 'ကလေး', 'အမျိုးသမီး'];
const COUNTRIES = ['Thailand', 'Viet Nam', 'Cambodia', 'Lao PDR', 'Myanmar', 'China', 'Malaysia', 'Indonesia', 'Philippines', 'Singapore'];
const CITIES = ['Bangkok', 'Hà Nội', 'Phnom Penh', 'Vientiane', 'Yangon', 'Kunming', 'Kuala Lumpur', 'Jakarta', 'Manila', 'Singapore'];

function synthetic(n: number): DatasetInput {
  const rnd = prng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  /** Skewed towards the start of the list: the first words are common, as in the bundled dataset. */
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(list.length * rnd() ** 1.7)]!;
  const proper = () => {
    const w = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const han = (k: number) => Array.from({ length: k }, () => zipf(HAN)).join('');
  // One script per entity: Latin 55%, Vietnamese 12%, Thai 12%, Chinese 9%, Khmer 4%, Lao 4%, Burmese 4%.
  const words = (script: number, k: number): string => {
    if (script < 0.55) return Array.from({ length: k }, () => (rnd() < 0.25 ? proper() : zipf(DOMAIN))).join(' ');
    if (script < 0.67) return Array.from({ length: k }, () => zipf(VIET)).join(' ');
    if (script < 0.79) return Array.from({ length: k }, () => zipf(THAI)).join(rnd() < 0.7 ? '' : ' ');
    if (script < 0.88) return han(2 * k);
    if (script < 0.92) return Array.from({ length: k }, () => zipf(KHMER)).join('');
    if (script < 0.96) return Array.from({ length: k }, () => zipf(LAO)).join('');
    return Array.from({ length: k }, () => zipf(BURMESE)).join(' ');
  };
  const cite = [{ source: 's1', paragraph: 1 }];
  const entities: Entity[] = COUNTRIES.map((name, i) => ({ id: `country-${i}`, type: 'country', name, citations: cite }));
  const types = ['organization', 'organization', 'event', 'event', 'event', 'publication', 'person', 'topic'] as const;
  for (let i = entities.length; i < n; i++) {
    const type = pick(types);
    const script = rnd();
    let name = words(script, 2 + Math.floor(rnd() * 3));
    if (script < 0.55) name = name.charAt(0).toUpperCase() + name.slice(1);
    if (type === 'person') name = script < 0.55 ? `${proper()} ${proper()}` : words(script, 2);
    const description = `${words(script, 6 + Math.floor(rnd() * 10))}. ${words(rnd() < 0.7 ? 0 : script, 3 + Math.floor(rnd() * 5))}.`;
    const base = { id: `e${i}`, name, description, citations: cite };
    const year = 2010 + Math.floor(rnd() * 9);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const aliases = rnd() < 0.2 ? [name.split(/\s+/).map((w) => w.charAt(0)).join('').toUpperCase()] : undefined;
    if (type === 'event') {
      const c = Math.floor(rnd() * COUNTRIES.length);
      entities.push({ ...base, type, aliases, start: `${year}-${month}`, location: { place: CITIES[c], country: `country-${c}` } });
    } else if (type === 'publication') {
      entities.push({ ...base, type, date: `${year}` });
    } else {
      entities.push({ ...base, type, aliases } as Entity);
    }
  }
  const relations: RelationInput[] = [];
  const kinds = ['participated-in', 'co-chaired', 'member-of', 'focuses-on'];
  for (let i = 0; i < n * 3; i++) {
    const a = pick(entities).id;
    const b = pick(entities).id;
    if (a !== b) relations.push({ source: a, target: b, type: pick(kinds), citations: cite });
  }
  return {
    format: 'ct-explorer-dataset', version: 1, title: `Synthetic ${n}`,
    sources: [{ id: 's1', title: 'Synthetic', publisher: 'Benchmark', date: '2016' }],
    relationTypes: [
      { id: 'co-chaired', label: 'co-chaired', inverseLabel: 'co-chaired by', collaborative: true },
      { id: 'participated-in', label: 'took part in', inverseLabel: 'had participant', collaborative: true },
      { id: 'member-of', label: 'member of', inverseLabel: 'has member', collaborative: false },
      { id: 'focuses-on', label: 'focuses on', inverseLabel: 'focus of', collaborative: false },
    ],
    entities,
    relations,
  };
}

// ---------------------------------------------------------------- measuring

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

interface Row {
  size: string;
  build: number;
  keystrokes: number;
  median: number;
  p95: number;
  max: number;
  cpuMedian: number;
  cpuP95: number;
}

const ROUNDS = 5;

function measure(label: string, g: GraphIndex, typed: string[]): Row {
  const t0 = performance.now();
  const index = new SearchIndex(g);
  index.indexSome(Infinity);
  const build = performance.now() - t0;
  const pass = new Set(g.entities.map((e) => e.id));
  const wall: number[] = [];
  const cpu: number[] = [];
  // Round 0 warms up the JIT and is not counted; caches are emptied before every round.
  for (let round = 0; round <= ROUNDS; round++) {
    index.forget();
    for (const q of typed) {
      const cps = [...q];
      for (let i = 1; i <= cps.length; i++) {
        const prefix = cps.slice(0, i).join('');
        const c = process.cpuUsage();
        const s = performance.now();
        const out = index.run(prefix, { filter: (id) => pass.has(id), sort: 'relevance' });
        presentResults(g, out, { perGroup: 5, max: 30 });
        const dt = performance.now() - s;
        const dc = process.cpuUsage(c);
        if (round > 0) {
          wall.push(dt);
          cpu.push((dc.user + dc.system) / 1000);
        }
      }
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    size: label, build, keystrokes: wall.length / ROUNDS,
    median: quantile(wall, 0.5), p95: quantile(wall, 0.95), max: wall[wall.length - 1] ?? 0,
    cpuMedian: quantile(cpu, 0.5), cpuP95: quantile(cpu, 0.95),
  };
}

const n = Number(process.argv[2] ?? 10_000);
const bundledText = readFileSync(new URL('../data/october-2016.json', import.meta.url), 'utf8');
const parsed = parseDatasetText(bundledText);
if (!parsed.ok) throw new Error('The bundled dataset does not load.');
const bundled = buildGraph(parsed.dataset);
const big = buildGraph(finishDataset(synthetic(n)));

const names = ['e100', 'e2001'].map((id) => big.byId.get(id)?.name.slice(0, 32) ?? '');
const rows = [
  measure(`bundled (${bundled.entities.length} entities)`, bundled, TYPED),
  measure(`synthetic (${big.entities.length} entities, ${big.edges.length} edges)`, big, [...TYPED, ...names]),
];
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
console.log(`Typed one code point at a time, ${ROUNDS} rounds: ${[...TYPED, ...names].map((q) => `"${q}"`).join(', ')}.\n`);
console.log('| dataset | index build | keystrokes | median | p95 | max | CPU median | CPU p95 |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.size} | ${ms(r.build)} | ${r.keystrokes} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.cpuMedian)} | ${ms(r.cpuP95)} |`);
}
const mem = process.memoryUsage();
console.log(`\nHeap used at the end: ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
