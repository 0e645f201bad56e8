// Simulator (plain Node): name lists for demo people. Contact details use ranges that cannot
// reach anyone: example.* mail domains and Ofcom's numbers reserved for drama.

export const FIRST_NAMES: readonly string[] = words(`
  Olivia Amelia Isla Ava Mia Ivy Lily Isabella Sophia Grace Freya Florence Willow Evie Poppy Ella
  Charlotte Daisy Sienna Alice Harper Emily Ruby Matilda Phoebe Chloe Zara Aisha Maryam Fatima
  Priya Ananya Niamh Siobhan Aoife Catrin Seren Eilidh Morag Rhiannon Hannah Rebecca Sarah Laura
  Jessica Rachel Helen Claire Nicola Joanne Agnieszka Katarzyna Ioana Elena Giulia Sofia Chiamaka
  Adaeze Mei Yuki Oliver George Noah Arthur Muhammad Leo Oscar Harry Archie Jack Henry Charlie
  Freddie Theodore Thomas Finley Alfie Jacob Isaac Lucas James William Samuel Joshua Daniel
  Benjamin Joseph Edward Max Ethan Arjun Rohan Vikram Imran Yusuf Omar Hamza Kwame Tunde Chinedu
  Callum Euan Ruaridh Cian Oisin Dylan Rhys Gareth Owain Tomasz Piotr Andrei Mateo Marco Luca
  Hiroshi Wei Jun Kieran Declan Alex Sam Jordan Robin Jamie Charlie Morgan Riley Ashley Taylor
`);

export const LAST_NAMES: readonly string[] = words(`
  Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
  Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
  Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
  Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
  Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
  Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
  Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
  Jenkins Murray Dixon Harvey MacDonald Fraser Stewart O'Brien O'Connor Byrne Kaur Sharma Shah
  Ahmed Okafor Adeyemi Mensah Nowak Kowalski Popescu Rossi Chen Wang Nguyen Kim Tanaka Silva
  Santos Costa Fernandes Da_Costa Van_der_Berg Ferguson Reid
`);

export const MAIL_DOMAINS = [
  'example.com',
  'example.co.uk',
  'example.org',
  'example.net',
  'mail.example.com',
  'inbox.example.co.uk',
] as const;

/** Ofcom drama ranges: 07700 900000–900999 (mobile) and a few geographic blocks. */
export const UK_PHONE_PREFIXES = [
  '07700 900',
  '07700 900',
  '07700 900',
  '0113 496 0',
  '0161 496 0',
  '020 7946 0',
] as const;

export const US_PHONE_PREFIX = '+1 555-01';

/** Whitespace-separated words; `_` stands for a space inside a name (Da_Costa). */
function words(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '));
}

/** Lower-case ASCII for an e-mail local part (O'Brien → obrien, Van der Berg → vanderberg). */
export function mailPart(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
