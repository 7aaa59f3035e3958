import type { APIRoute } from 'astro';
import { exportDate, guidePackFiles, heldGuides } from 'hardmap';
import { packZip } from 'hardmap/node';
import { siteData } from '../../../lib/data.ts';

/** Each guide's code pack as a zip: the files of every pack it includes, one fixed date (SOURCE_DATE_EPOCH, else its last_updated), so the bytes are the same on every build. */
export async function getStaticPaths() {
  const { guides, site } = await siteData();
  return guides.filter((info) => site.packsDir && guidePackFiles(info.guide, site.packs).length > 0).map((info) => ({ params: { file: `${info.slug}.zip` }, props: { slug: info.slug } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { bySlug, site } = await siteData();
  const info = bySlug.get(props['slug'] as string);
  if (!info || !site.packsDir) return new Response(null, { status: 404 });
  const date = new Date(exportDate(heldGuides([info.guide]), site.epoch ?? undefined));
  return new Response(new Uint8Array(await packZip(site.packsDir, '/', guidePackFiles(info.guide, site.packs), date)));
};
