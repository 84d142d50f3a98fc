/** Small helpers for the bench's figures and tables. */
import { gzipSync } from 'node:zlib';

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${Math.round(value)} ms`;

export interface Table {
	title: string;
	head: string[];
	rows: string[][];
	notes?: string[];
}

export function markdownTable({ title, head, rows, notes = [] }: Table): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [`### ${title}`, '', line(head), line(head.map(() => '---')), ...rows.map(line), '', ...notes.map((n) => `${n}\n`)].join('\n');
}
