import type { APIRoute } from 'astro';
import { downloads } from '../../lib/downloads.ts';

/** Static files: the bytes `hardmap export` writes, served unchanged (binary for XLSX). */
export async function getStaticPaths() {
  return (await downloads()).map((file) => ({ params: { path: file.path }, props: { data: file.data } }));
}

// A copy typed as ArrayBuffer-backed, which Response takes (the export functions return such arrays anyway).
export const GET: APIRoute = ({ props }) => {
  const data = props['data'] as string | Uint8Array;
  return new Response(typeof data === 'string' ? data : new Uint8Array(data));
};
