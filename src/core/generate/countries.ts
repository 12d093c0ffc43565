/**
 * The fifty countries the generated events take place in, with names in their
 * own script where the region uses one (as aliases) and a few cities each.
 * Weights make the Mekong region busiest, as in the real data.
 */

export interface CountrySeed {
  slug: string;
  name: string;
  aliases: string[];
  cities: string[];
  /** Relative share of events held there. */
  weight: number;
}

export const COUNTRIES: readonly CountrySeed[] = [
  { slug: 'thailand', name: 'Thailand', aliases: ['ประเทศไทย'], cities: ['Bangkok', 'Chiang Mai', 'Chiang Rai', 'Mae Sot', 'Songkhla'], weight: 14 },
  { slug: 'viet-nam', name: 'Viet Nam', aliases: ['Việt Nam', 'Vietnam'], cities: ['Hà Nội', 'Thành phố Hồ Chí Minh', 'Lào Cai', 'Đà Nẵng', 'Cần Thơ'], weight: 9 },
  { slug: 'cambodia', name: 'Cambodia', aliases: ['កម្ពុជា'], cities: ['Phnom Penh', 'Siem Reap', 'Battambang', 'Poipet'], weight: 9 },
  { slug: 'lao-pdr', name: 'Lao PDR', aliases: ['ສ.ປ.ປ ລາວ', 'Laos'], cities: ['Vientiane', 'Savannakhet', 'Luang Prabang', 'Pakse'], weight: 6 },
  { slug: 'myanmar', name: 'Myanmar', aliases: ['မြန်မာ', 'Burma'], cities: ['Yangon', 'Mandalay', 'Myawaddy', 'Naypyidaw'], weight: 7 },
  { slug: 'china', name: 'China', aliases: ['中国'], cities: ['Kunming', 'Beijing', 'Nanning', 'Guangzhou'], weight: 6 },
  { slug: 'malaysia', name: 'Malaysia', aliases: [], cities: ['Kuala Lumpur', 'Penang', 'Johor Bahru'], weight: 4 },
  { slug: 'indonesia', name: 'Indonesia', aliases: [], cities: ['Jakarta', 'Surabaya', 'Batam', 'Kupang'], weight: 4 },
  { slug: 'philippines', name: 'Philippines', aliases: ['Pilipinas'], cities: ['Manila', 'Cebu', 'Davao'], weight: 4 },
  { slug: 'singapore', name: 'Singapore', aliases: ['新加坡'], cities: ['Singapore'], weight: 2 },
  { slug: 'brunei', name: 'Brunei Darussalam', aliases: [], cities: ['Bandar Seri Begawan'], weight: 0.5 },
  { slug: 'timor-leste', name: 'Timor-Leste', aliases: [], cities: ['Dili'], weight: 0.5 },
  { slug: 'hong-kong', name: 'Hong Kong', aliases: ['香港'], cities: ['Hong Kong'], weight: 2 },
  { slug: 'japan', name: 'Japan', aliases: ['日本'], cities: ['Tokyo', 'Osaka'], weight: 1.5 },
  { slug: 'republic-of-korea', name: 'Republic of Korea', aliases: ['대한민국', 'South Korea'], cities: ['Seoul', 'Busan'], weight: 1.5 },
  { slug: 'mongolia', name: 'Mongolia', aliases: ['Монгол Улс'], cities: ['Ulaanbaatar'], weight: 0.5 },
  { slug: 'bangladesh', name: 'Bangladesh', aliases: ['বাংলাদেশ'], cities: ['Dhaka', "Cox's Bazar"], weight: 2 },
  { slug: 'india', name: 'India', aliases: ['भारत'], cities: ['New Delhi', 'Kolkata', 'Mumbai'], weight: 2 },
  { slug: 'nepal', name: 'Nepal', aliases: ['नेपाल'], cities: ['Kathmandu', 'Pokhara'], weight: 1.5 },
  { slug: 'sri-lanka', name: 'Sri Lanka', aliases: ['ශ්‍රී ලංකාව'], cities: ['Colombo'], weight: 1 },
  { slug: 'pakistan', name: 'Pakistan', aliases: ['پاکستان'], cities: ['Islamabad', 'Lahore'], weight: 1 },
  { slug: 'bhutan', name: 'Bhutan', aliases: [], cities: ['Thimphu'], weight: 0.3 },
  { slug: 'maldives', name: 'Maldives', aliases: [], cities: ['Malé'], weight: 0.3 },
  { slug: 'australia', name: 'Australia', aliases: [], cities: ['Canberra', 'Sydney', 'Melbourne'], weight: 2 },
  { slug: 'new-zealand', name: 'New Zealand', aliases: ['Aotearoa'], cities: ['Wellington', 'Auckland'], weight: 0.7 },
  { slug: 'papua-new-guinea', name: 'Papua New Guinea', aliases: [], cities: ['Port Moresby'], weight: 0.3 },
  { slug: 'fiji', name: 'Fiji', aliases: [], cities: ['Suva'], weight: 0.3 },
  { slug: 'united-states', name: 'United States', aliases: ['USA'], cities: ['Washington, D.C.', 'New York'], weight: 2 },
  { slug: 'canada', name: 'Canada', aliases: [], cities: ['Ottawa', 'Vancouver'], weight: 0.7 },
  { slug: 'united-kingdom', name: 'United Kingdom', aliases: ['UK'], cities: ['London'], weight: 1.5 },
  { slug: 'germany', name: 'Germany', aliases: ['Deutschland'], cities: ['Berlin', 'Bonn'], weight: 1 },
  { slug: 'france', name: 'France', aliases: [], cities: ['Paris', 'Lyon'], weight: 0.7 },
  { slug: 'netherlands', name: 'Netherlands', aliases: ['Nederland'], cities: ['The Hague', 'Amsterdam'], weight: 0.7 },
  { slug: 'sweden', name: 'Sweden', aliases: ['Sverige'], cities: ['Stockholm'], weight: 0.5 },
  { slug: 'norway', name: 'Norway', aliases: ['Norge'], cities: ['Oslo'], weight: 0.5 },
  { slug: 'switzerland', name: 'Switzerland', aliases: ['Suisse', 'Schweiz'], cities: ['Geneva', 'Bern'], weight: 2 },
  { slug: 'austria', name: 'Austria', aliases: ['Österreich'], cities: ['Vienna'], weight: 1.5 },
  { slug: 'italy', name: 'Italy', aliases: ['Italia'], cities: ['Rome', 'Turin'], weight: 0.5 },
  { slug: 'spain', name: 'Spain', aliases: ['España'], cities: ['Madrid'], weight: 0.3 },
  { slug: 'belgium', name: 'Belgium', aliases: [], cities: ['Brussels'], weight: 0.7 },
  { slug: 'united-arab-emirates', name: 'United Arab Emirates', aliases: ['الإمارات'], cities: ['Dubai', 'Abu Dhabi'], weight: 0.7 },
  { slug: 'saudi-arabia', name: 'Saudi Arabia', aliases: ['السعودية'], cities: ['Riyadh'], weight: 0.3 },
  { slug: 'qatar', name: 'Qatar', aliases: ['قطر'], cities: ['Doha'], weight: 0.5 },
  { slug: 'kuwait', name: 'Kuwait', aliases: [], cities: ['Kuwait City'], weight: 0.3 },
  { slug: 'jordan', name: 'Jordan', aliases: [], cities: ['Amman'], weight: 0.3 },
  { slug: 'south-africa', name: 'South Africa', aliases: [], cities: ['Pretoria', 'Johannesburg'], weight: 0.3 },
  { slug: 'kenya', name: 'Kenya', aliases: [], cities: ['Nairobi'], weight: 0.3 },
  { slug: 'nigeria', name: 'Nigeria', aliases: [], cities: ['Abuja', 'Lagos'], weight: 0.3 },
  { slug: 'brazil', name: 'Brazil', aliases: ['Brasil'], cities: ['Brasília'], weight: 0.2 },
  { slug: 'mexico', name: 'Mexico', aliases: ['México'], cities: ['Mexico City'], weight: 0.2 },
];
