/**
 * For a plain <form action>, which ignores what the action returns: the form only shows to roles
 * that may use it, and a refusal (a forged post) changes nothing either way.
 */
export function asFormAction<Result>(action: (form: FormData) => Promise<Result>): (form: FormData) => Promise<void> {
  return action as unknown as (form: FormData) => Promise<void>;
}
