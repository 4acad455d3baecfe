/**
 * Reviewed place lists the country table lacks: US states, major cities (with their country, so a
 * "Tehran condemned" style metonym can be told from a place), regions, seas and other areas.
 */
import { table } from '../../lexicon/table.js';

/** Seats of government that stand for their country when they act, beyond the capitals table. */
export const SEATS: Readonly<Record<string, string>> = table({
  Washington: 'United States',
  'Washington D.C.': 'United States',
  Beijing: 'China',
  Moscow: 'Russia',
  London: 'United Kingdom',
  Paris: 'France',
  Berlin: 'Germany',
  Tokyo: 'Japan',
  Tehran: 'Iran',
  Islamabad: 'Pakistan',
  'New Delhi': 'India',
  Kabul: 'Afghanistan',
  Ankara: 'Turkey',
  Riyadh: 'Saudi Arabia',
  Damascus: 'Syria',
  Baghdad: 'Iraq',
  Kyiv: 'Ukraine',
  Kiev: 'Ukraine',
  Seoul: 'South Korea',
  Pyongyang: 'North Korea',
  Taipei: 'Taiwan',
  // In news, Brussels that acts is the European Union, not Belgium ("Brussels opened proceedings").
  Brussels: 'European Union',
  Whitehall: 'United Kingdom',
  // Capitals the country table drops because of their accents.
  Brasília: 'Brazil',
  Brasilia: 'Brazil',
  Asunción: 'Paraguay',
  Asuncion: 'Paraguay',
  Bogotá: 'Colombia',
  Bogota: 'Colombia',
  Yaoundé: 'Cameroon',
  Chișinău: 'Moldova',
  Chisinau: 'Moldova',
  Lomé: 'Togo',
  Canberra: 'Australia',
  Ottawa: 'Canada',
});

export const US_STATES: readonly string[] = Object.freeze([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
]);

/** Major cities and provinces beyond the capitals (GPE). */
export const CITIES: readonly string[] = Object.freeze([
  'New York', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Boston', 'San Francisco', 'Miami', 'Atlanta', 'Detroit',
  'Seattle', 'Dallas', 'Denver', 'Las Vegas', 'New Orleans', 'Baltimore', 'Pittsburgh', 'Cleveland', 'St. Louis', 'Phoenix',
  'San Diego', 'Toronto', 'Montreal', 'Vancouver', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Auckland', 'Manchester',
  'Liverpool', 'Birmingham', 'Glasgow', 'Edinburgh', 'Leeds', 'Frankfurt', 'Munich', 'Hamburg', 'Cologne', 'Milan',
  'Naples', 'Turin', 'Barcelona', 'Marseille', 'Lyon', 'Geneva', 'Zurich', 'Istanbul', 'St Petersburg', 'St. Petersburg',
  'Shanghai', 'Hong Kong', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Osaka', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai',
  'Bangalore', 'Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Rawalpindi', 'Kandahar', 'Herat', 'Mosul', 'Basra', 'Aleppo',
  'Homs', 'Jeddah', 'Mecca', 'Medina', 'Dubai', 'Abu Dhabi', 'Tel Aviv', 'Jerusalem', 'Haifa', 'Gaza', 'Ramallah',
  'Beirut', 'Alexandria', 'Cairo', 'Johannesburg', 'Cape Town', 'Durban', 'Lagos', 'Casablanca', 'Sao Paulo', 'Rio de Janeiro',
  'Buenos Aires', 'Mexico City', 'Havana', 'Caracas', 'Bogota', 'Lima', 'Santiago', 'Jakarta', 'Manila', 'Singapore',
  'Kuala Lumpur', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Saigon', 'Yangon', 'Rangoon', 'Dhaka', 'Colombo', 'Kathmandu',
  'Tashkent', 'Almaty', 'Kharkiv', 'Odesa', 'Odessa', 'Donetsk', 'Luhansk', 'Crimea', 'Chechnya', 'Grozny', 'Tbilisi',
  'Yerevan', 'Baku', 'Minsk', 'Warsaw', 'Prague', 'Budapest', 'Vienna', 'Bucharest', 'Sofia', 'Belgrade', 'Sarajevo',
  'Zagreb', 'Bonn', 'Athens', 'Rome', 'Madrid', 'Lisbon', 'Dublin', 'Amsterdam', 'Rotterdam', 'The Hague', 'Stockholm', 'Oslo',
  'Copenhagen', 'Helsinki', 'Nairobi', 'Addis Ababa', 'Khartoum', 'Mogadishu', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers',
  'Punjab', 'Sindh', 'Kashmir', 'Khyber Pakhtunkhwa', 'Quebec', 'Ontario', 'British Columbia', 'Alberta', 'Nova Scotia', 'Bavaria', 'Catalonia', 'Scotland', 'Wales',
  'England', 'Northern Ireland', 'Texas', 'Tibet', 'Xinjiang', 'Kurdistan', 'West Bank', 'Gaza Strip', 'Golan Heights',
]);

/** Regions, seas, ranges and other areas that are not political units (LOC). */
export const REGIONS: readonly string[] = Object.freeze([
  'Middle East', 'Near East', 'Far East', 'Indo-Pacific', 'Asia-Pacific', 'Asia Pacific', 'Asia', 'Europe', 'Africa',
  'North America', 'South America', 'Latin America', 'Central America', 'Central Asia', 'South Asia', 'Southeast Asia',
  'East Asia', 'Eastern Europe', 'Western Europe', 'Central Europe', 'North Africa', 'West Africa', 'East Africa',
  'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Balkans', 'Caucasus', 'Scandinavia', 'Arctic', 'Antarctica',
  'Persian Gulf', 'Gulf', 'Red Sea', 'Black Sea', 'Caspian Sea', 'Mediterranean', 'Mediterranean Sea', 'Baltic',
  'Baltic Sea', 'North Sea', 'South China Sea', 'East China Sea', 'Arabian Sea', 'Sea of Japan', 'Pacific', 'Pacific Ocean',
  'Atlantic', 'Atlantic Ocean', 'Indian Ocean', 'Strait of Hormuz', 'Taiwan Strait', 'Suez Canal', 'Panama Canal',
  'Himalayas', 'Alps', 'Andes', 'Amazon', 'Nile', 'Danube', 'Rhine', 'Balochistan', 'Baluchistan', 'Sinai',
  'Kashmir Valley', 'Donbas', 'Levant', 'Maghreb', 'Gulf of Mexico', 'Caribbean', 'West Indies', 'Siberia', 'Patagonia', 'Mekong',
]);

/** Other names of regions. */
/**
 * Adjectives of regions and of the European Union, as demonyms: "North American trade" is a mention
 * of North America. "European" modifiers in news mostly stand for the EU's institutions ("European
 * approval", "European regulators"), so "European" names the Union, as "American" names the state.
 */
export const REGION_DEMONYMS: Readonly<Record<string, readonly string[]>> = table({
  'European Union': ['European'],
  'North America': ['North American'],
  'South America': ['South American'],
  'Latin America': ['Latin American'],
  'Central America': ['Central American'],
  'Middle East': ['Middle Eastern'],
  Asia: ['Asian'],
  Africa: ['African'],
  Scandinavia: ['Scandinavian'],
  Balkans: ['Balkan'],
});

export const REGION_ALIASES: Readonly<Record<string, string>> = table({ Mideast: 'Middle East', 'Persian Gulf': 'Gulf' });

/** Former or unrecognised states and provinces with their demonyms: [name, demonyms]. */
export const OTHER_STATES: readonly (readonly [string, readonly string[]])[] = Object.freeze([
  ['Yugoslavia', ['Yugoslav', 'Yugoslavs']],
  ['Soviet Union', ['Soviet', 'Soviets']],
  ['Czechoslovakia', ['Czechoslovak']],
  ['Chechnya', ['Chechen', 'Chechens']],
  ['Kosovo', ['Kosovar', 'Kosovars']],
  ['Kashmir', ['Kashmiri', 'Kashmiris']],
  ['Tibet', ['Tibetan', 'Tibetans']],
  ['England', ['English']],
  ['Scotland', ['Scottish', 'Scot', 'Scots']],
  ['Wales', ['Welsh']],
  ['Northern Ireland', ['Northern Irish']],
]);

/** Wire-style state abbreviations. */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = table({
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee',
  'Va.': 'Virginia', 'Vt.': 'Vermont', 'Wash.': 'Washington', 'Wis.': 'Wisconsin', 'Wisc.': 'Wisconsin', 'W.Va.': 'West Virginia', 'Wyo.': 'Wyoming',
});
