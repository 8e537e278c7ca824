import { ArticleEditor } from '@/components/editor/article-editor';
import { requireActor } from '@/lib/auth/session';
import { editorOptions, permissionsFor } from '@/lib/editor/editor-queries';

export const metadata = { title: 'Viết bài mới' };

export default async function NewArticlePage() {
  const actor = await requireActor('/quan-tri/bai-viet/moi', 'article.create');
  const options = await editorOptions();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Viết bài mới</h1>
      <ArticleEditor article={null} sections={options.sections} tagSuggestions={options.tags} permissions={await permissionsFor(actor, null)} defaultByline={actor.name} siteName={options.siteName} decisions={options.decisions} />
    </>
  );
}
