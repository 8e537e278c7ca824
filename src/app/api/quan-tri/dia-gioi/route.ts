import { assertCan } from '@/lib/auth/permissions';
import { checkUnitFile, importUnits } from '@/lib/awards/unit-admin';
import { TAGS } from '@/lib/content/cache-tags';
import { refreshTags } from '@/lib/content/invalidate';
import { runRoute } from '@/lib/editor/run-action';
import { readLimitedBody } from '@/lib/uploads/receive';

/** The list of communes and wards (CSV or XLSX as the body), checked; with `?nhap=1` imported, only if every row is right. */
export async function POST(request: Request) {
  const commit = new URL(request.url).searchParams.get('nhap') === '1';
  return runRoute(request, async (ctx) => {
    assertCan(ctx.actor, 'awards.manage'); // before reading a byte of the body
    const bytes = await readLimitedBody(request, 4 * 1024 * 1024, 'Tệp danh mục vượt quá 4 MB.');
    if (!commit) return checkUnitFile(ctx, bytes);
    const done = await importUnits(ctx, bytes);
    refreshTags([TAGS.register, TAGS.profiles]);
    return done;
  });
}
