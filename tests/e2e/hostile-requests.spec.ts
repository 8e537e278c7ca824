import { expect, test } from '@playwright/test';

// Malformed server-action requests and requests from other sites are answered 4xx with a
// Vietnamese word, before any work, by anyone, signed in or not: never a 500.

const ACTION_ID = '7f'.repeat(21);

test('malformed or foreign server-action requests answer 4xx, never 500', async ({ baseURL }) => {
  const send = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseURL}/quan-tri/bai-viet/moi`, {
      method: 'POST',
      headers: { 'next-action': ACTION_ID, 'content-type': 'text/plain;charset=UTF-8', origin: baseURL!, accept: 'text/x-component', ...headers },
      body,
    });
    return `${response.status} ${await response.text()}`;
  };
  const cases: [string, Promise<string>][] = [
    ['another site', send('[]', { origin: 'https://trang-gia-mao.example' })],
    ['a null origin', send('[]', { origin: 'null' })],
    ['an empty body', send('')],
    ['not JSON', send('{"title": "Tin')],
    ['JSON that is not an argument list', send('{"title": "Tin"}')],
    ['deep nesting', send(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
    ['a React reference string', send('["$@1"]')],
    ['a temporary reference', send('["$T"]')],
    ['a broken form', send('--x\r\nContent-Disposition: form-data; name="1"\r\n\r\nabc', { 'content-type': 'multipart/form-data; boundary=y' })],
    ['too big', send(' '.repeat(5 * 1024 * 1024))],
  ];
  const answers: Record<string, string> = {};
  for (const [name, answer] of cases) answers[name] = (await answer).slice(0, 80);
  expect(answers).toEqual({
    'another site': '403 Yêu cầu không hợp lệ: gửi từ trang khác.',
    'a null origin': '403 Yêu cầu không hợp lệ: gửi từ trang khác.',
    'an empty body': '400 Yêu cầu không hợp lệ: yêu cầu trống.',
    'not JSON': '400 Yêu cầu không hợp lệ: dữ liệu không phải JSON.',
    'JSON that is not an argument list': '400 Yêu cầu không hợp lệ: dữ liệu không đúng dạng.',
    'deep nesting': '400 Yêu cầu không hợp lệ: lồng nhau quá sâu.',
    'a React reference string': '400 Yêu cầu không hợp lệ: thiếu phần được tham chiếu.',
    'a temporary reference': '400 Yêu cầu không hợp lệ: có tham chiếu không hợp lệ.',
    'a broken form': '400 Yêu cầu không hợp lệ: dữ liệu biểu mẫu không đọc được.',
    'too big': '413 Dữ liệu gửi lên quá lớn.',
  });
});
