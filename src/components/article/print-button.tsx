// "In bài viết": prints the page with the print styles. Readers' pages carry no framework
// script (src/server/reader-response.ts), so the button is wired by the few lines of its
// own kept script; with scripts off it is not shown and the browser's own print remains.
const WIRING = "document.addEventListener('click',function(e){var t=e.target;if(t&&t.closest&&t.closest('[data-print]'))window.print();});";

export function PrintButton({ label = 'In bài viết' }: { label?: string }) {
  return (
    <>
      <button
        type="button"
        data-print=""
        className="no-print needs-script inline-flex min-h-11 items-center gap-2 rounded border border-neutral-300 px-3 text-sm hover:bg-neutral-50"
      >
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6z" />
        </svg>
        {label}
      </button>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: WIRING }} />
    </>
  );
}
