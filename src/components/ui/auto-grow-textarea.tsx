'use client';

import { useEffect, useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

/** A textarea as tall as its text: long titles and sapos are read whole, never scrolled. */
export function AutoGrowTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  };
  useLayoutEffect(fit, [props.value]);
  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);
  return <textarea ref={ref} {...props} style={{ ...props.style, overflow: 'hidden', resize: 'none' }} />;
}
