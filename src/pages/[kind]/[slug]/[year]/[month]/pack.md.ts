import type { APIRoute } from 'astro';
import { markdownResponse, packPaths, type PackPage } from '../../../../../site/pack-pages.ts';

export const getStaticPaths = () => packPaths('entity', 'md');

export const GET: APIRoute = ({ props }) => markdownResponse((props as { page: PackPage }).page.pack);
