import type { APIRoute } from 'astro';
import { downloads } from '../../lib/downloads.ts';

/** Static files: the bytes `hardmap export` writes, served unchanged (binary for XLSX). */
export async function getStaticPaths() {
  return (await downloads()).map((file) => ({ params: { path: file.path }, props: { data: file.data } }));
}

export const GET: APIRoute = ({ props }) => new Response(props['data'] as string | Uint8Array);
