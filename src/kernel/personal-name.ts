/**
 * Registers keep a person's name as "Family, Given" (sorting by family name); a letter speaks to the
 * person as "Given Family". Names without exactly one comma are returned as they are (a company, or a
 * name already in speaking order).
 */
export function spokenName(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name.trim();
  const family = (parts[0] ?? '').trim();
  const given = (parts[1] ?? '').trim();
  if (family === '' || given === '') return `${given}${family}`;
  return `${given} ${family}`;
}
