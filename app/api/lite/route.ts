// The reader's choice between the lite and the full edition, from a plain form (lite pages
// run no script): "always" sets the cookie that proxy.ts follows, "never" clears it. Then
// back to the page the form was on.
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { foreignOrigin } from '@/lib/http/same-origin';
import { landing, preferenceCookie, safeBack } from '@/lib/lite/preference';

export async function POST(request: Request) {
  // A form posted from another site may not change a reader's choice.
  if (foreignOrigin(request)) return new Response('Forbidden', { status: 403 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('Expected a form', { status: 400 });
  }
  const choice = form.get('lite');
  const back = safeBack(form.get('back'));
  if ((choice !== 'always' && choice !== 'never') || !back) return new Response('Bad request', { status: 400 });
  return new Response(null, {
    status: 303,
    headers: { Location: landing(choice, back), 'Set-Cookie': preferenceCookie(choice), 'Cache-Control': PRIVATE_NO_STORE },
  });
}
