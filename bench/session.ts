// Logs into the sandbox like a browser would and returns the session cookie for Node's fetch.
export async function sandboxCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/sandbox/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
    redirect: 'manual',
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('session='));
  if (!cookie) throw new Error(`sandbox login answered ${res.status} without a session cookie`);
  return cookie;
}
