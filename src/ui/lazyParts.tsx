// Parts of the panel a manager reaches only by acting (the move form, «Почему так», a move's
// progress, a save conflict), and the views of the card kinds other than a foreman's (a client's,
// anyone else's), load as files of their own when first shown, so the script.js every card open
// downloads carries less. Each says in words that it is loading.
import { lazy, Suspense, type FunctionComponent } from 'react';
import { useHost } from './host/HostContext';
import { Loading } from './StatusMessage';

/**
 * `load`'s component behind a Suspense that says «Загружаем…». A failed fetch goes to the panel's
 * error boundary; its «try again» renders a fresh lazy component, which fetches the file anew.
 */
function lazyPart<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  const make = (): FunctionComponent<P> =>
    lazy(
      () =>
        load().then(
          (component) => ({ default: component }),
          (e: unknown) => {
            Part = make();
            throw e;
          },
        ),
      // React's types cannot see that a lazy P-component takes P for a generic P (PropsWithRef<P>).
    ) as unknown as FunctionComponent<P>;
  let Part = make();
  return function LazyPart(props: P) {
    const host = useHost();
    return (
      <Suspense fallback={<Loading text={host.t('panel.loading_part')} />}>
        <Part {...props} />
      </Suspense>
    );
  };
}

export const MoveForm = lazyPart(() => import('./MoveForm').then((m) => m.MoveForm));
export const EvidenceList = lazyPart(() => import('./EvidenceList').then((m) => m.EvidenceList));
export const MoveStatus = lazyPart(() => import('./MoveStatus').then((m) => m.MoveStatus));
export const ConflictPrompt = lazyPart(() => import('./questionnaire/ConflictPrompt').then((m) => m.ConflictPrompt));
export const ClientCard = lazyPart(() => import('./client/ClientCard').then((m) => m.ClientCard));
export const OtherCard = lazyPart(() => import('./other/OtherCard').then((m) => m.OtherCard));
