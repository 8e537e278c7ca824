'use client';

import { createContext, useContext } from 'react';
import type { EditablePhoto } from '@/lib/editor/editable-article';

/** What the body editor's photo blocks need from the article form around them. */
export type BodyHost = {
  photos: EditablePhoto[];
  canUpload: boolean;
  /** Uploads files as photos of the article (with progress in the photo panel); resolves with their media ids. */
  uploadPhotos: (files: File[]) => Promise<number[]>;
  /** A slot's caption handed to the photo that fills it. */
  captionPhoto: (mediaId: number, caption: string) => void;
  /** Opens the media library; `onPick` gets the chosen photo, already added to the article. */
  openLibrary: (onPick: (mediaId: number) => void) => void;
  /** Moves focus to a photo's caption field in the photo panel. */
  editPhotoWords: (mediaId: number) => void;
  /** Published award decisions whose list ("Danh sách được khen") the body can show. */
  decisions: { slug: string; label: string }[];
};

export const BodyHostContext = createContext<BodyHost | null>(null);

export function useBodyHost(): BodyHost {
  const host = useContext(BodyHostContext);
  if (!host) throw new Error('Body editor blocks must be inside BodyHostContext.');
  return host;
}
