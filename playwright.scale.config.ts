import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm test -- scale`: two instances of the portal (BASE_URL is A, OTHER_URL is B).
export default defineConfig({ ...base, testDir: 'tests/scale' });
