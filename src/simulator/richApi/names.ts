// Member names on the wire are PascalCase ("GetRange", "Values"); the simulator's proxies use Office.js's
// camelCase ("getRange", "values"). Names that start with "_" are Office.js internals, kept as they are.
export function memberName(wireName: string): string {
  if (wireName.startsWith("_") || wireName.length === 0) return wireName;
  return wireName[0].toLowerCase() + wireName.slice(1);
}

export function wireName(member: string): string {
  if (member.length === 0) return member;
  return member[0].toUpperCase() + member.slice(1);
}
