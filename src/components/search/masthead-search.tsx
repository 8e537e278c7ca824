/** The search box of every page: a plain GET form, so it works without JavaScript. */
export function MastheadSearch() {
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm trên cổng thông tin" className="flex w-full sm:w-72">
      <label htmlFor="o-tim-kiem" className="sr-only">
        Từ khóa tìm kiếm
      </label>
      <input
        id="o-tim-kiem"
        name="q"
        type="search"
        maxLength={200}
        placeholder="Tìm kiếm tin bài…"
        className="min-h-11 w-full min-w-0 rounded-l border border-white/60 bg-white px-3 text-[15px] text-neutral-900 placeholder:text-neutral-600"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-r bg-gold-400 px-3 font-medium text-neutral-900 hover:bg-gold-300">
        Tìm
      </button>
    </form>
  );
}
