/**
 * Word lists for generated names, in the scripts of the region: Latin (English
 * and Vietnamese with its diacritics), Thai, Chinese, Khmer, Burmese and Lao.
 * Every local word comes with its English gloss, which becomes an alias, so a
 * search in English also finds names written in another script.
 *
 * Pairs are [local, English]. The phrases are plain and generic on purpose:
 * they make plausible names of organizations and events, not real ones.
 */

export type Lang = 'en' | 'vi' | 'th' | 'zh' | 'km' | 'my' | 'lo';
export type Pair = readonly [string, string];

/** Share of organizations, people, events and publications named in each language. */
export const LANG_WEIGHTS: readonly (readonly [Lang, number])[] = [
  ['en', 46], ['vi', 12], ['th', 12], ['zh', 9], ['km', 7], ['my', 7], ['lo', 7],
];

/** Where each language's organizations are based (country slug). */
export const LANG_COUNTRY: Record<Exclude<Lang, 'en'>, string> = {
  vi: 'viet-nam', th: 'thailand', zh: 'china', km: 'cambodia', my: 'myanmar', lo: 'lao-pdr',
};

export type OrgGroup = 'ngo' | 'network' | 'academic' | 'government' | 'media';

export interface LocalVocab {
  /** Organization words by kind, e.g. "Foundation". */
  org: Record<OrgGroup, readonly Pair[]>;
  focus: readonly Pair[];
  places: readonly Pair[];
  /** Builds an organization name from its parts (word order differs by language). */
  orgName(prefix: string, focus: string, place: string): string;
  /** Event words: [local pattern with {f} for the focus, English]. */
  events: readonly Pair[];
  /** Publication title patterns, {f} for the focus. */
  publications: readonly Pair[];
  /** People: given names and family names (empty when names have no family part). */
  given: readonly Pair[];
  family: readonly Pair[];
  /** Builds a person's name in local order. */
  personName(given: string, family: string): string;
  /** A short sentence in the language for descriptions, {n} for the name. */
  blurb: string;
}

export const LOCAL: Record<Exclude<Lang, 'en'>, LocalVocab> = {
  th: {
    org: {
      ngo: [['มูลนิธิ', 'Foundation'], ['สมาคม', 'Association']],
      network: [['เครือข่าย', 'Network']],
      academic: [['สถาบันวิจัย', 'Research Institute'], ['ศูนย์ศึกษา', 'Study Centre']],
      government: [['กรม', 'Department'], ['สำนักงาน', 'Office']],
      media: [['สำนักข่าว', 'News Agency']],
    },
    focus: [
      ['ต่อต้านการค้ามนุษย์', 'Anti-Trafficking'], ['คุ้มครองเด็ก', 'Child Protection'],
      ['สิทธิแรงงานข้ามชาติ', 'Migrant Worker Rights'], ['ช่วยเหลือผู้เสียหาย', 'Victim Assistance'],
      ['พัฒนาสตรี', "Women's Development"], ['แรงงานประมง', 'Fisheries Labour'],
    ],
    places: [
      ['เชียงใหม่', 'Chiang Mai'], ['เชียงราย', 'Chiang Rai'], ['กรุงเทพมหานคร', 'Bangkok'],
      ['แม่สอด', 'Mae Sot'], ['สงขลา', 'Songkhla'], ['ภาคเหนือ', 'Northern Region'],
    ],
    orgName: (p, f, pl) => `${p}${f} ${pl}`,
    events: [
      ['การประชุมเชิงปฏิบัติการ{f}', 'Workshop on {f}'], ['การประชุม{f}', 'Meeting on {f}'],
      ['การอบรม{f}', 'Training on {f}'],
    ],
    publications: [['รายงาน{f}', 'Report on {f}'], ['คู่มือ{f}', 'Handbook on {f}']],
    given: [
      ['สมชาย', 'Somchai'], ['สุดารัตน์', 'Sudarat'], ['ประเสริฐ', 'Prasert'], ['วันเพ็ญ', 'Wanphen'],
      ['อนุชา', 'Anucha'], ['กาญจนา', 'Kanchana'], ['ธนพล', 'Thanaphon'], ['นภา', 'Napha'],
    ],
    family: [
      ['ใจดี', 'Jaidee'], ['ศรีสุข', 'Srisuk'], ['วงศ์ไทย', 'Wongthai'], ['แก้วมณี', 'Kaewmanee'],
      ['บุญมา', 'Boonma'], ['ทองดี', 'Thongdee'],
    ],
    personName: (g, f) => `${g} ${f}`,
    blurb: '{n} ทำงานด้านการคุ้มครองผู้เสียหายจากการค้ามนุษย์',
  },
  vi: {
    org: {
      ngo: [['Trung tâm', 'Centre'], ['Hội', 'Association'], ['Quỹ', 'Fund']],
      network: [['Mạng lưới', 'Network']],
      academic: [['Viện Nghiên cứu', 'Research Institute']],
      government: [['Sở', 'Department'], ['Cục', 'Agency']],
      media: [['Báo', 'Newspaper']],
    },
    focus: [
      ['Phòng chống Mua bán Người', 'Anti-Trafficking'], ['Bảo vệ Trẻ em', 'Child Protection'],
      ['Hỗ trợ Nạn nhân', 'Victim Support'], ['Quyền Lao động Di cư', 'Migrant Labour Rights'],
      ['Phát triển Phụ nữ', "Women's Development"], ['Di cư An toàn', 'Safe Migration'],
    ],
    places: [
      ['Hà Nội', 'Hanoi'], ['Thành phố Hồ Chí Minh', 'Ho Chi Minh City'], ['Lào Cai', 'Lao Cai'],
      ['Nghệ An', 'Nghe An'], ['Đà Nẵng', 'Da Nang'], ['An Giang', 'An Giang'],
    ],
    orgName: (p, f, pl) => `${p} ${f} ${pl}`,
    events: [
      ['Hội thảo về {f}', 'Workshop on {f}'], ['Hội nghị {f}', 'Conference on {f}'],
      ['Tập huấn {f}', 'Training on {f}'],
    ],
    publications: [['Báo cáo về {f}', 'Report on {f}'], ['Hướng dẫn {f}', 'Guidelines on {f}']],
    given: [
      ['Thị Hương', 'Thi Huong'], ['Văn Tuấn', 'Van Tuan'], ['Thị Lan', 'Thi Lan'], ['Đức Dũng', 'Duc Dung'],
      ['Minh Hà', 'Minh Ha'], ['Thu Phương', 'Thu Phuong'], ['Quang Huy', 'Quang Huy'], ['Thị Thảo', 'Thi Thao'],
    ],
    family: [
      ['Nguyễn', 'Nguyen'], ['Trần', 'Tran'], ['Lê', 'Le'], ['Phạm', 'Pham'], ['Hoàng', 'Hoang'],
      ['Vũ', 'Vu'], ['Đặng', 'Dang'], ['Bùi', 'Bui'],
    ],
    personName: (g, f) => `${f} ${g}`,
    blurb: '{n} hoạt động trong lĩnh vực phòng chống mua bán người.',
  },
  zh: {
    org: {
      ngo: [['救助中心', 'Rescue Centre'], ['协会', 'Association'], ['基金会', 'Foundation']],
      network: [['网络', 'Network']],
      academic: [['研究所', 'Research Institute']],
      government: [['办公室', 'Office'], ['工作站', 'Work Station']],
      media: [['新闻社', 'News Agency']],
    },
    focus: [
      ['反拐卖', 'Anti-Trafficking'], ['妇女儿童', 'Women and Children'], ['流动人口', 'Migrant Population'],
      ['劳工权益', 'Labour Rights'], ['受害者援助', 'Victim Assistance'], ['安全移民', 'Safe Migration'],
    ],
    places: [
      ['云南', 'Yunnan'], ['广西', 'Guangxi'], ['昆明', 'Kunming'], ['北京', 'Beijing'], ['广州', 'Guangzhou'],
      ['西双版纳', 'Xishuangbanna'],
    ],
    orgName: (p, f, pl) => `${pl}${f}${p}`,
    events: [['{f}研讨会', 'Seminar on {f}'], ['{f}培训班', 'Training Course on {f}'], ['{f}会议', 'Meeting on {f}']],
    publications: [['{f}报告', 'Report on {f}'], ['{f}工作指南', 'Working Guide on {f}']],
    given: [['丽', 'Li'], ['伟', 'Wei'], ['芳', 'Fang'], ['强', 'Qiang'], ['敏', 'Min'], ['静', 'Jing'], ['磊', 'Lei'], ['婷', 'Ting']],
    family: [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao']],
    personName: (g, f) => `${f}${g}`,
    blurb: '{n}致力于打击拐卖人口和保护受害者。',
  },
  km: {
    org: {
      ngo: [['អង្គការ', 'Organisation'], ['សមាគម', 'Association']],
      network: [['បណ្តាញ', 'Network']],
      academic: [['វិទ្យាស្ថាន', 'Institute']],
      government: [['មន្ទីរ', 'Provincial Department']],
      media: [['កាសែត', 'Newspaper']],
    },
    focus: [
      ['ការពារកុមារ', 'Child Protection'], ['ប្រឆាំងការជួញដូរមនុស្ស', 'Anti-Trafficking'],
      ['សិទ្ធិមនុស្ស', 'Human Rights'], ['ជំនួយជនរងគ្រោះ', 'Victim Assistance'],
      ['ចំណាកស្រុកដោយសុវត្ថិភាព', 'Safe Migration'],
    ],
    places: [['ភ្នំពេញ', 'Phnom Penh'], ['សៀមរាប', 'Siem Reap'], ['បាត់ដំបង', 'Battambang'], ['ប៉ោយប៉ែត', 'Poipet'], ['កម្ពុជា', 'Cambodia']],
    orgName: (p, f, pl) => `${p}${f} ${pl}`,
    events: [['សិក្ខាសាលាស្តីពី{f}', 'Workshop on {f}'], ['កិច្ចប្រជុំស្តីពី{f}', 'Meeting on {f}']],
    publications: [['របាយការណ៍ស្តីពី{f}', 'Report on {f}']],
    given: [['ដារ៉ា', 'Dara'], ['សុភា', 'Sophea'], ['វណ្ណា', 'Vanna'], ['ស្រីពៅ', 'Srey Pov'], ['ពិសិដ្ឋ', 'Piseth'], ['ចន្ធូ', 'Chanthou']],
    family: [['សុខ', 'Sok'], ['ចាន់', 'Chan'], ['ហេង', 'Heng'], ['គឹម', 'Kim'], ['ស៊ិន', 'Sin']],
    personName: (g, f) => `${f} ${g}`,
    blurb: '{n} ធ្វើការលើការប្រឆាំងការជួញដូរមនុស្ស។',
  },
  my: {
    org: {
      ngo: [['အသင်း', 'Association'], ['ဖောင်ဒေးရှင်း', 'Foundation']],
      network: [['ကွန်ရက်', 'Network']],
      academic: [['သုတေသနဌာန', 'Research Department']],
      government: [['ဌာန', 'Department']],
      media: [['သတင်းဌာန', 'News Agency']],
    },
    focus: [
      ['လူကုန်ကူးမှု တိုက်ဖျက်ရေး', 'Anti-Trafficking'], ['ကလေးသူငယ် ကာကွယ်ရေး', 'Child Protection'],
      ['ရွှေ့ပြောင်း အလုပ်သမား', 'Migrant Workers'], ['အမျိုးသမီး ဖွံ့ဖြိုးရေး', "Women's Development"],
    ],
    places: [['ရန်ကုန်', 'Yangon'], ['မန္တလေး', 'Mandalay'], ['မြဝတီ', 'Myawaddy'], ['ရှမ်းပြည်နယ်', 'Shan State']],
    orgName: (p, f, pl) => `${pl} ${f} ${p}`,
    events: [['{f} အလုပ်ရုံဆွေးနွေးပွဲ', 'Workshop on {f}'], ['{f} အစည်းအဝေး', 'Meeting on {f}']],
    publications: [['{f} အစီရင်ခံစာ', 'Report on {f}']],
    given: [
      ['အောင်', 'Aung'], ['ကျော်', 'Kyaw'], ['ခင်', 'Khin'], ['မြင့်', 'Myint'], ['ဇော်', 'Zaw'],
      ['ဝင်း', 'Win'], ['သီတာ', 'Thida'], ['နွယ်', 'Nwe'], ['ထွန်း', 'Tun'], ['စု', 'Su'],
    ],
    family: [],
    personName: (g, f) => `${g}${f}`,
    blurb: '{n} သည် လူကုန်ကူးမှု တိုက်ဖျက်ရေး လုပ်ငန်းများ ဆောင်ရွက်သည်။',
  },
  lo: {
    org: {
      ngo: [['ສູນ', 'Centre'], ['ສະມາຄົມ', 'Association']],
      network: [['ເຄືອຂ່າຍ', 'Network']],
      academic: [['ສະຖາບັນຄົ້ນຄວ້າ', 'Research Institute']],
      government: [['ກົມ', 'Department'], ['ພະແນກ', 'Provincial Division']],
      media: [['ໜັງສືພິມ', 'Newspaper']],
    },
    focus: [
      ['ຕ້ານການຄ້າມະນຸດ', 'Anti-Trafficking'], ['ປົກປ້ອງເດັກ', 'Child Protection'],
      ['ຊ່ວຍເຫຼືອຜູ້ເຄາະຮ້າຍ', 'Victim Assistance'], ['ແຮງງານເຄື່ອນຍ້າຍ', 'Migrant Labour'],
    ],
    places: [['ວຽງຈັນ', 'Vientiane'], ['ສະຫວັນນະເຂດ', 'Savannakhet'], ['ຫຼວງພະບາງ', 'Luang Prabang'], ['ຈຳປາສັກ', 'Champasak']],
    orgName: (p, f, pl) => `${p}${f} ${pl}`,
    events: [['ກອງປະຊຸມ{f}', 'Meeting on {f}'], ['ການຝຶກອົບຮົມ{f}', 'Training on {f}']],
    publications: [['ບົດລາຍງານ{f}', 'Report on {f}']],
    given: [['ສົມພອນ', 'Somphone'], ['ບຸນມີ', 'Bounmy'], ['ຄຳຫຼ້າ', 'Khamla'], ['ແສງເດືອນ', 'Sengdeuane'], ['ວັນນາ', 'Vanna'], ['ພອນສະຫວັນ', 'Phonesavanh']],
    family: [['ແກ້ວ', 'Keo'], ['ສີສຸກ', 'Sisouk'], ['ພົມມະຈັນ', 'Phommachanh'], ['ວົງສາ', 'Vongsa']],
    personName: (g, f) => `${g} ${f}`,
    blurb: '{n} ເຮັດວຽກຕ້ານການຄ້າມະນຸດ.',
  },
};

/** English organization names: region + focus + a word for the kind. */
export const EN_REGIONS: readonly string[] = [
  'Mekong', 'Greater Mekong', 'Asia-Pacific', 'Southeast Asia', 'ASEAN', 'Regional', 'Border', 'Coastal',
  'Northern', 'Andaman', 'Bay of Bengal', 'Pacific', 'Lower Mekong', 'Golden Triangle', 'Salween', 'Gulf',
];

export const EN_FOCUS: readonly string[] = [
  'Anti-Trafficking', 'Migrant Rights', 'Child Protection', 'Labour Rights', 'Victim Support', "Women's Empowerment",
  'Safe Migration', 'Legal Aid', 'Fair Recruitment', 'Forced Labour', 'Survivor Reintegration', 'Community Resilience',
  'Ethical Sourcing', 'Seafarers', 'Domestic Workers', 'Youth Outreach',
];

export const EN_ORG_WORDS: Record<string, readonly string[]> = {
  ngo: ['Foundation', 'Initiative', 'Project', 'Centre', 'Action', 'Trust', 'Collective', 'Services'],
  network: ['Network', 'Coalition', 'Alliance', 'Partnership', 'Platform', 'Working Group'],
  academic: ['Institute', 'Research Centre', 'Observatory', 'Studies Programme', 'Law Clinic'],
  media: ['Watch', 'Post', 'Review', 'Radio', 'Media Lab'],
  'private-sector': ['Seafood Company', 'Recruitment Agency', 'Garments Ltd', 'Logistics Group', 'Hotels Group'],
  donor: ['Fund', 'Trust Fund', 'Grant Facility', 'Philanthropies'],
  intergovernmental: ['Process', 'Task Force', 'Ministerial Initiative', 'Secretariat', 'Working Group'],
  other: ['Programme', 'Unit', 'Office', 'Helpline', 'Shelter'],
};

export const UN_AGENCIES: readonly Pair[] = [
  ['IOM', 'International Organization for Migration'], ['UNODC', 'United Nations Office on Drugs and Crime'],
  ['ILO', 'International Labour Organization'], ['UNICEF', "United Nations Children's Fund"],
  ['UNDP', 'United Nations Development Programme'], ['UN Women', 'UN Women'],
  ['UNHCR', 'Office of the United Nations High Commissioner for Refugees'], ['OHCHR', 'Office of the High Commissioner for Human Rights'],
  ['UNFPA', 'United Nations Population Fund'], ['ESCAP', 'Economic and Social Commission for Asia and the Pacific'],
  ['UN-ACT', 'United Nations Action for Cooperation against Trafficking in Persons'], ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization'],
];

export const MINISTRIES: readonly string[] = [
  'Labour', 'Social Welfare', 'Justice', 'Foreign Affairs', 'Public Security', "Women's Affairs", 'Home Affairs',
  'Social Development and Human Security', 'Immigration', 'Education', 'Health', 'Fisheries',
];

export const EN_GIVEN: readonly string[] = [
  'Maria', 'John', 'Sarah', 'David', 'Anna', 'James', 'Emma', 'Michael', 'Laura', 'Daniel', 'Priya', 'Ahmed',
  'Siti', 'Nurul', 'Rizal', 'José', 'Ana', 'Kenji', 'Yuki', 'Min-jun', 'Ji-woo', 'Fatima', 'Olivia', 'Lukas',
  'Ingrid', 'Tomás', 'Aigerim', 'Rahul', 'Mei', 'Arjun',
];

export const EN_FAMILY: readonly string[] = [
  'Santos', 'Smith', 'Reyes', 'Tan', 'Lim', 'Wong', 'Kumar', 'Rahman', 'Hassan', 'Garcia', 'Müller', 'Johansson',
  'Dubois', 'Kowalski', "O'Brien", 'Sato', 'Kim', 'Park', 'Fernandes', 'Haddad', 'Novak', 'Okafor', 'Silva', 'Ibrahim',
];

export const ROLES: readonly string[] = [
  'Programme Officer', 'Director', 'Researcher', 'Legal Adviser', 'Social Worker', 'Project Coordinator',
  'Journalist', 'Professor', 'Police Lieutenant Colonel', 'Deputy Director-General', 'J.D. Candidate',
  'Case Manager', 'Regional Adviser', 'Policy Analyst', 'Labour Inspector', 'Prosecutor',
];

/** Topics: [English name, optional aliases]. */
export const TOPICS: readonly (readonly [string, readonly string[]])[] = [
  ['Human trafficking prevention', ['ป้องกันการค้ามนุษย์', 'Phòng chống mua bán người']],
  ['Victim identification', ['Nhận diện nạn nhân', '受害者识别']],
  ['Referral mechanisms', ['ກົນໄກການສົ່ງຕໍ່']],
  ['Child protection', ['คุ้มครองเด็ก', 'Bảo vệ trẻ em', '儿童保护', 'ការពារកុមារ']],
  ['Safe migration', ['Di cư an toàn', 'ចំណាកស្រុកដោយសុវត្ថិភាព']],
  ['Forced labour', ['แรงงานบังคับ', '强迫劳动']],
  ['Labour migration', ['ແຮງງານເຄື່ອນຍ້າຍ']],
  ['Communication for Development', ['C4D']],
  ['Fisheries and seafood supply chains', []],
  ['Online sexual exploitation of children', ['OSEC']],
  ['Bride trafficking', ['拐卖妇女']],
  ['Debt bondage', []],
  ['Domestic work', []],
  ['Fair recruitment', []],
  ['Survivor reintegration', ['Tái hòa nhập cộng đồng']],
  ['Legal aid', []],
  ['Repatriation', []],
  ['Statelessness', ['ภาวะไร้รัฐ']],
  ['Climate displacement', []],
  ['Gender-based violence', ['GBV']],
  ['Cross-border cooperation', []],
  ['Data collection and research', []],
  ['Prosecution of traffickers', []],
  ['Shelters and case management', []],
  ['Labour inspection', []],
  ['Corporate due diligence', []],
  ['Scam compounds and cyber fraud', ['诈骗园区']],
  ['Organ trafficking', []],
  ['Child marriage', []],
  ['Begging and street children', []],
  ['Sexual exploitation', []],
  ['Awareness raising', []],
  ['Mental health and psychosocial support', ['MHPSS']],
  ['Financial investigation', []],
  ['Border management', []],
  ['Refugees and asylum', []],
  ['Rohingya', ['ရိုဟင်ဂျာ']],
  ['Construction workers', []],
  ['Plantation labour', []],
  ['Garment industry', []],
];

export const TOPIC_QUALIFIERS: readonly string[] = [
  'in fisheries', 'for children', 'online', 'along borders', 'in the Mekong region', 'for women', 'in cities',
  'in agriculture', 'at sea', 'for young people', 'in conflict areas', 'in supply chains',
];

export const EVENT_WORDS: Record<string, readonly string[]> = {
  meeting: ['Meeting', 'Senior Officials Meeting', 'Network Meeting', 'Coordination Meeting', 'Task Force Meeting'],
  workshop: ['Workshop', 'Technical Workshop', 'Consultation Workshop'],
  session: ['Session', 'Plenary session', 'Breakout session'],
  panel: ['Panel discussion', 'Expert panel'],
  launch: ['Launch', 'Public launch'],
  conference: ['Conference', 'Regional Conference', 'Ministerial Conference', 'Forum'],
  training: ['Training', 'Training of trainers', 'Capacity-building training'],
  other: ['Consultation', 'Study visit', 'Campaign day', 'Roundtable'],
};

export const PUBLISHERS: readonly string[] = [
  'Regional counter-trafficking network blog', 'Mekong Migration Newsletter', 'Asia-Pacific Anti-Trafficking Bulletin',
  'Border Rights Monitor', 'Regional Labour Migration Digest', 'Coastal Workers Quarterly', 'Safe Migration Forum archive',
];

export const SOURCE_KINDS: readonly string[] = [
  'Blog post', 'Newsletter', 'Meeting report', 'Press release', 'Annual report', 'Event summary', 'Field note',
];
