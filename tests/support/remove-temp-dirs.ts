/** Setup file of every test project: a test file's temporary folders go when its tests are done. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
