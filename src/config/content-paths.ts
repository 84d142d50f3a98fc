/** Where the content lives: one folder a collection, and the passage registry beside them. */
import path from 'node:path';

/** The content folder; CONTENT_DIR points a build at another one (bad-input fixtures, scale benchmarks). */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? path.join(import.meta.dirname, '../../content'));
export const ARTICLES_DIR = path.join(CONTENT_DIR, 'articles');
export const THEMES_DIR = path.join(CONTENT_DIR, 'themes');
export const REGISTER_DIR = path.join(CONTENT_DIR, 'register');
export const EVENTS_DIR = path.join(CONTENT_DIR, 'events');
export const NOTES_DIR = path.join(CONTENT_DIR, 'notes');
export const QUESTIONS_DIR = path.join(CONTENT_DIR, 'questions');
export const REGISTRY_PATH = path.join(CONTENT_DIR, 'passages.lock.json');
/** The question ids the synopsis has shipped (editorial/questions/questions.ts). */
export const QUESTIONS_LOCK_PATH = path.join(CONTENT_DIR, 'questions.lock.json');
