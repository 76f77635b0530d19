/** Posts `{"text": text}` to a Slack-compatible incoming webhook; throws on a non-2xx answer. */
export async function postWebhook(url: string, text: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    const body = (await response.text()).slice(0, 200);
    throw new Error(`the webhook answered ${response.status}${body === '' ? '' : `: ${body}`}`);
  }
}
