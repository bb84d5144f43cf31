/** A value from the address, quoted for a notice: cut short, so a huge or hostile value stays small. */
export function quoted(raw: string): string {
	return `“${raw.length > 24 ? `${raw.slice(0, 24)}…` : raw}”`;
}
