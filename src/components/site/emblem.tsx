/** The portal's mark: a gold star on red, in a gold ring. Decorative beside the name. */
export function Emblem({ size = 56 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#f0c44c" />
      <circle cx="32" cy="32" r="27" fill="#b3261e" />
      <path
        d="M32 12l5.9 12.6 13.8 1.6-10.2 9.4 2.8 13.6L32 42.3l-12.3 6.9 2.8-13.6-10.2-9.4 13.8-1.6z"
        fill="#f6d77a"
      />
    </svg>
  );
}
