import type { APIRoute } from 'astro';
import { markdownResponse, packMarkdownPaths, type PackPage } from '../../../site/pack-pages.ts';

export const getStaticPaths = () => packMarkdownPaths('story');

export const GET: APIRoute = ({ props }) => markdownResponse((props as { page: PackPage }).page);
