// Sends one file to an upload route with XMLHttpRequest, which (unlike fetch) reports
// upload progress. Resolves with the route's JSON answer, or a Vietnamese error.

export type UploadAnswer<T> = { ok: true; data: T } | { ok: false; error: string };

export function uploadFile<T>(url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        const answer = JSON.parse(xhr.responseText) as UploadAnswer<T>;
        resolve(answer.ok || answer.error ? answer : { ok: false, error: 'Tải lên không thành công.' });
      } catch {
        resolve({ ok: false, error: xhr.status === 413 ? 'Tệp quá lớn.' : 'Tải lên không thành công; vui lòng thử lại.' });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: 'Mất kết nối khi tải lên; vui lòng thử lại.' });
    xhr.send(file);
  });
}
