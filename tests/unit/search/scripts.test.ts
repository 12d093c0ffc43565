/**
 * Search in the region's scripts, on small datasets written here: Thai, Lao,
 * Khmer and Burmese (no spaces between words), Chinese and Japanese (no spaces,
 * no segmentation needed), Vietnamese (diacritics), Korean, full-width Latin.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/graph.ts';
import { SearchIndex } from '../../../src/core/search/index.ts';
import type { Entity } from '../../../src/core/model/schema.ts';
import { dataset, entity } from '../helpers/build.ts';

function indexOf(entities: Entity[]): (q: string) => string[] {
  const index = new SearchIndex(buildGraph(dataset(entities, [])));
  return (q) => index.search(q, { limit: 100 }).map((h) => h.id);
}

const other = entity('other', 'organization', { name: 'Unrelated Org', description: 'Nothing to see here.' });

describe('Thai', () => {
  const search = indexOf([
    entity('fcd', 'organization', {
      name: 'มูลนิธิเพื่อการพัฒนาเด็ก',
      description: 'องค์กรที่ต่อต้านการค้ามนุษย์ในภาคเหนือของประเทศไทย',
    }),
    entity('thai', 'country', { name: 'ไทย' }),
    other,
  ]);

  it('finds a word inside a name written without spaces', () => {
    expect(search('เด็ก')).toEqual(['fcd']);
    expect(search('มูลนิธิ')).toEqual(['fcd']);
  });

  it('finds a word inside a description, and a piece of a compound word', () => {
    expect(search('การค้ามนุษย์')[0]).toBe('fcd');
    expect(search('มนุษย์')[0]).toBe('fcd');
    expect(search('ภาคเหนือ')[0]).toBe('fcd');
  });

  it('ranks the entity named by the word above one that mentions it', () => {
    expect(search('ไทย')).toEqual(['thai', 'fcd']);
  });

  it('keeps the vowel and tone marks: without its mark, a word is another word', () => {
    // Stripping every combining mark would fold เด็ก (child) to เดก.
    expect(search('เดก')).toEqual([]);
  });
});

describe('Lao, Khmer and Burmese', () => {
  const search = indexOf([
    entity('lao', 'organization', { name: 'ສູນຊ່ວຍເຫຼືອຜູ້ເຄາະຮ້າຍ', description: 'ຕ້ານການຄ້າມະນຸດ ໃນ ລາວ' }),
    entity('khm', 'organization', { name: 'អង្គការប្រឆាំងការជួញដូរមនុស្ស' }),
    entity('mya', 'organization', { name: 'လူကုန်ကူးမှု တိုက်ဖျက်ရေး ကော်မတီ' }),
    other,
  ]);

  it('finds a Lao word inside a name and a description', () => {
    expect(search('ຜູ້ເຄາະຮ້າຍ')).toEqual(['lao']);
    expect(search('ການຄ້າມະນຸດ')).toEqual(['lao']);
  });

  it('finds a Khmer word inside a name', () => {
    expect(search('ជួញដូរ')).toEqual(['khm']);
    expect(search('មនុស្ស')).toEqual(['khm']);
  });

  it('finds a Burmese word inside a name', () => {
    expect(search('ကုန်ကူး')).toEqual(['mya']);
    expect(search('ကော်မတီ')).toEqual(['mya']);
  });
});

describe('Chinese and Japanese', () => {
  const search = indexOf([
    entity('plan', 'publication', { name: '中国反对拐卖妇女儿童行动计划', description: '国务院发布的行动计划' }),
    entity('tw', 'organization', { name: '勵馨基金會', aliases: ['励馨基金会'] }),
    entity('jp', 'publication', { name: '人身取引対策行動計画' }),
    other,
  ]);

  it('finds any run of characters inside a name', () => {
    expect(search('拐卖')).toEqual(['plan']);
    expect(search('妇女儿童')).toEqual(['plan']);
    expect(search('反对拐卖妇女')).toEqual(['plan']);
  });

  it('finds a single character', () => {
    expect(search('拐')).toEqual(['plan']);
  });

  it('ranks a name above a description that shares the words', () => {
    expect(search('行动计划')[0]).toBe('plan');
    expect(search('国务院')).toEqual(['plan']);
  });

  it('finds traditional and simplified spellings when the dataset gives both', () => {
    expect(search('勵馨')).toEqual(['tw']);
    expect(search('励馨')).toEqual(['tw']);
  });

  it('finds Japanese words inside a name', () => {
    expect(search('取引')).toEqual(['jp']);
    expect(search('対策')).toEqual(['jp']);
  });
});

describe('Vietnamese, Korean and full-width Latin', () => {
  const search = indexOf([
    entity('molisa', 'organization', { name: 'Bộ Lao động – Thương binh và Xã hội', aliases: ['MOLISA'] }),
    entity('danang', 'event', { name: 'Hội thảo Đà Nẵng', start: '2016-05' }),
    entity('knpa', 'organization', { name: '대한민국 경찰청' }),
    entity('wide', 'organization', { name: 'ＩＬＯ Ｏｆｆｉｃｅ' }),
    other,
  ]);

  it('matches Vietnamese without diacritics, and đ as d', () => {
    expect(search('lao dong thuong binh')[0]).toBe('molisa');
    expect(search('Thương Binh')[0]).toBe('molisa');
    expect(search('da nang')[0]).toBe('danang');
    expect(search('ĐÀ NẴNG')[0]).toBe('danang');
    expect(search('hoi thao')[0]).toBe('danang');
  });

  it('finds the abbreviation first', () => {
    expect(search('molisa')[0]).toBe('molisa');
  });

  it('finds Korean words (written with spaces)', () => {
    expect(search('경찰청')).toEqual(['knpa']);
  });

  it('folds full-width Latin letters', () => {
    expect(search('ilo office')[0]).toBe('wide');
  });
});
