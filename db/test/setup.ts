// Runs before every unit test file (vitest.config.ts, setupFiles). Its
// after-hook is registered first, so it runs last: the file's own hooks have
// closed their journals and workers by then.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp';

afterAll(removeTempDirs);
